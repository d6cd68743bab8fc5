package org.countyhall.core.internal.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The per-account rule across all addresses: after failed logins in a row, the account's next password check waits,
 * progressively, and is never locked (so nobody can lock a user, the only admin included, out of the centre).
 * Attempts before the wait is over are refused without a check and without counting. Plain Java.
 */
public final class AccountDelay {

    /** Failures in a row that are free: a person who mistypes twice is not slowed. */
    public static final int FREE_FAILURES = 2;
    public static final Duration MAX = Duration.ofSeconds(30);

    private AccountDelay() {
    }

    /**
     * The wait after {@code failures} in a row: none for up to 2, then 1 s doubling, at most 30 s
     * (3 → 1 s, 4 → 2 s, 5 → 4 s, 6 → 8 s, 7 → 16 s, 8 and more → 30 s).
     */
    public static Duration after(int failures) {
        if (failures < 0) {
            throw new IllegalArgumentException("failures must be >= 0, was " + failures);
        }
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 16);
        return Duration.ofSeconds(Math.min(1L << doublings, MAX.toSeconds()));
    }

    /** When the account may be checked again; {@code null} when at once. */
    public static Instant nextCheck(LoginState state) {
        Duration wait = after(state.consecutiveFailures());
        return wait.isZero() || state.lastFailure() == null ? null : state.lastFailure().plus(wait);
    }
}
