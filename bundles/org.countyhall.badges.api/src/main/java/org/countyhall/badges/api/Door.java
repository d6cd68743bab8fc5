package org.countyhall.badges.api;

import java.time.Instant;

/**
 * A door with its controller (L587): the door's id and location, the username of the controller's device account
 * (role {@code door}; null until one is set), when the controller last fetched its card list, and whether that is
 * older than the configured bound ({@code stale}: the office should look at the controller).
 */
public record Door(String doorId, String location, String controller, Instant lastSyncAt, boolean stale,
        long version) {
}
