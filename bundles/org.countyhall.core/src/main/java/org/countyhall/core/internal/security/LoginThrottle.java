package org.countyhall.core.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Lock rules for password logins, without storage; thread-safe. Used per (account, client address): see
 * {@link PairLocks}; the account-wide rule is {@link AccountDelay}.
 *
 * <p>Call {@link #allowed} before checking the password and refuse without checking it while locked. Then
 * record the outcome with {@link #onFailure} or {@link #onSuccess}. Rules:
 * <ul>
 * <li>the {@code maxFailures}-th consecutive failure locks the account for {@code lockDuration};
 * <li>attempts while locked change nothing: the lock is never extended, so an attacker cannot keep a
 *     user locked out longer than by failing again after each lock ends;
 * <li>when a lock has ended the count starts afresh, giving {@code maxFailures} more tries;
 * <li>a success resets everything, but not while locked (the lock must not be bypassed by a lucky guess).
 * </ul>
 */
public final class LoginThrottle {

    public static final int DEFAULT_MAX_FAILURES = 5;
    public static final Duration DEFAULT_LOCK_DURATION = Duration.ofMinutes(15);

    private final int maxFailures;
    private final Duration lockDuration;

    /** Five failures lock for 15 minutes. */
    public LoginThrottle() {
        this(DEFAULT_MAX_FAILURES, DEFAULT_LOCK_DURATION);
    }

    public LoginThrottle(int maxFailures, Duration lockDuration) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be >= 1, was " + maxFailures);
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive, was " + lockDuration);
        }
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    public int maxFailures() {
        return maxFailures;
    }

    /** True unless the account is locked at {@code now}; a lock ends exactly at {@code lockedUntil}. */
    public boolean allowed(LoginState state, Instant now) {
        Objects.requireNonNull(now, "now");
        return state.lockedUntil() == null || !now.isBefore(state.lockedUntil());
    }

    /** The state after a wrong password at {@code now}. */
    public LoginState onFailure(LoginState state, Instant now) {
        if (!allowed(state, now)) {
            return state;
        }
        // An ended lock leaves lockedUntil set; the failure after it starts a new count.
        int failures = state.lockedUntil() != null ? 1 : state.consecutiveFailures() + 1;
        Instant lockedUntil = failures >= maxFailures ? now.plus(lockDuration) : null;
        return new LoginState(failures, lockedUntil, now);
    }

    /** The state after a correct password at {@code now}: reset, unless still locked. */
    public LoginState onSuccess(LoginState state, Instant now) {
        return allowed(state, now) ? LoginState.unlocked() : state;
    }
}
