package org.countyhall.badges.api;

import java.util.List;

/**
 * Every chip UID a door's controller lets in now (the active cards, sorted), and the cursor to ask for the changes
 * after it; {@code pollSeconds} how often the controller should ask (a deactivation reaches it within that).
 */
public record CardList(String door, long cursor, List<String> chips, int pollSeconds) {

    public CardList {
        chips = List.copyOf(chips);
    }
}
