package org.countyhall.badges.api;

import java.util.List;

/**
 * The changes of the card list after a cursor, oldest first, to apply in order; {@code cursor} the one to ask from
 * next time; {@code more} when a page limit cut the list (ask again at once).
 */
public record CardChanges(String door, long after, long cursor, List<CardChange> changes, boolean more,
        int pollSeconds) {

    public CardChanges {
        changes = List.copyOf(changes);
    }
}
