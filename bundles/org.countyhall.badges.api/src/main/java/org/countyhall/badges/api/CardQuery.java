package org.countyhall.badges.api;

/** Filters of a card list, each optional: the holder's staff number, the state, the unit (exact). */
public record CardQuery(String holder, CardState state, String unit) {

    public static final CardQuery ALL = new CardQuery(null, null, null);
}
