package org.countyhall.badges.api;

import java.time.Instant;
import java.util.List;

/**
 * The badges of the staff at a window's A and B posts, when they were read, and how old the snapshot may grow
 * before it is read again (the answer's {@code Cache-Control: max-age}).
 */
public record WindowBadges(String window, List<PublicBadge> badges, Instant asOf, int maxAgeSeconds) {

    public WindowBadges {
        badges = List.copyOf(badges);
    }
}
