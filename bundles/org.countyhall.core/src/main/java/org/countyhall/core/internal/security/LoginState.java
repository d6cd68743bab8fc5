package org.countyhall.core.internal.security;

import java.time.Instant;

/**
 * What {@link LoginThrottle} needs to remember per account; the caller stores it.
 *
 * @param consecutiveFailures failures since the last success (or since a lock expired), never negative
 * @param lockedUntil         end of the current or most recent lock, null if never locked since the last reset
 * @param lastFailure         time of the last counted failure, null if none
 */
public record LoginState(int consecutiveFailures, Instant lockedUntil, Instant lastFailure) {

    private static final LoginState UNLOCKED = new LoginState(0, null, null);

    public LoginState {
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures must be >= 0, was " + consecutiveFailures);
        }
    }

    /** No failures and no lock: a new account, after a success, or after an administrator unlocks it. */
    public static LoginState unlocked() {
        return UNLOCKED;
    }
}
