package org.countyhall.core.internal.security;

import java.time.Instant;
import java.util.Set;

/** A user as stored (without the password hash). */
public record UserRecord(String username, String staffNumber, String displayName, String email, boolean enabled,
        Set<String> roles, int failedLogins, Instant lockedUntil, Instant createdAt) {

    public UserRecord {
        roles = Set.copyOf(roles);
    }

    /** Whether the account is locked at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
