package org.countyhall.badges.api;

/** One change of the card list: the chip UID is allowed from now on, or no longer ({@code allowed} false). */
public record CardChange(long seq, String chipUid, boolean allowed) {
}
