package org.countyhall.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.countyhall.core.internal.db.Jdbc;

/**
 * Finds the users whose password, roles, enabled flag or e-mail changed on any node since the last look, from
 * {@code CH_USER.UPDATED_AT} and {@code ROW_VERSION} (every such change moves both; a login does not). Rows changed
 * within the last {@code window} are read each time, so a change whose transaction committed late, or was stamped
 * by a node whose clock is behind, is still found; a user is reported once per change. Not thread-safe: one poller.
 */
final class UserChanges {

    private final Jdbc jdbc;
    private final Clock clock;
    private final Duration window;
    private final Map<String, Integer> versions = new HashMap<>();
    private boolean first = true;

    UserChanges(Jdbc jdbc, Clock clock, Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
    }

    /** Calls {@code changed} for each user changed since the previous poll (the first poll only takes note). */
    void poll(Consumer<String> changed) {
        Instant since = clock.instant().minus(window);
        List<Object[]> rows = jdbc.list("SELECT USERNAME, ROW_VERSION FROM CH_USER WHERE UPDATED_AT >= ?",
                rs -> new Object[] {rs.getString(1), rs.getInt(2)}, since);
        for (Object[] row : rows) {
            String user = (String) row[0];
            Integer version = (Integer) row[1];
            Integer known = versions.put(user, version);
            // a user first seen unchanged since its creation (version 0) has nothing to forget anywhere
            boolean change = known == null ? version > 0 : !version.equals(known);
            if (!first && change) {
                changed.accept(user);
            }
        }
        first = false;
        if (versions.size() > 10_000) {
            versions.clear(); // a mass change: start afresh (the next poll only takes note again)
            first = true;
        }
    }
}
