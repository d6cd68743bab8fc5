package org.countyhall.badges.api;

import java.time.Instant;
import java.util.List;

/** The badges of the staff at a window's A and B posts, and when they were read (a snapshot of bounded age). */
public record WindowBadges(String window, List<PublicBadge> badges, Instant asOf) {

    public WindowBadges {
        badges = List.copyOf(badges);
    }
}
