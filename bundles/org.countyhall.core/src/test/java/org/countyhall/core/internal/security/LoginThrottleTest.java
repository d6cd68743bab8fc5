package org.countyhall.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2024-03-04T08:00:00Z");

    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void fourFailuresAllowedFifthLocksForFifteenMinutes() {
        LoginState state = LoginState.unlocked();
        for (int i = 1; i <= 4; i++) {
            state = throttle.onFailure(state, T0.plusSeconds(i));
            assertEquals(i, state.consecutiveFailures());
            assertNull(state.lockedUntil());
            assertTrue(throttle.allowed(state, T0.plusSeconds(i)));
        }

        Instant fifth = T0.plusSeconds(5);
        state = throttle.onFailure(state, fifth);

        assertEquals(5, state.consecutiveFailures());
        assertEquals(fifth.plus(Duration.ofMinutes(15)), state.lockedUntil());
        assertEquals(fifth, state.lastFailure());
        assertFalse(throttle.allowed(state, fifth));
        assertFalse(throttle.allowed(state, fifth.plus(Duration.ofMinutes(15)).minusMillis(1)));
        assertTrue(throttle.allowed(state, fifth.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        LoginState locked = lockedAt(T0);

        assertSame(locked, throttle.onFailure(locked, T0.plus(Duration.ofMinutes(10))));
    }

    @Test
    void afterTheLockEndsTheCountStartsAfresh() {
        Instant end = lockedAt(T0).lockedUntil();
        LoginState state = throttle.onFailure(lockedAt(T0), end);

        assertEquals(1, state.consecutiveFailures());
        assertNull(state.lockedUntil());
        assertTrue(throttle.allowed(state, end));
        for (int i = 2; i <= 5; i++) {
            state = throttle.onFailure(state, end.plusSeconds(i));
        }
        assertEquals(end.plusSeconds(5).plus(Duration.ofMinutes(15)), state.lockedUntil());
    }

    @Test
    void successResetsButNotWhileLocked() {
        LoginState threeFailures = LoginState.unlocked();
        for (int i = 0; i < 3; i++) {
            threeFailures = throttle.onFailure(threeFailures, T0);
        }
        assertEquals(LoginState.unlocked(), throttle.onSuccess(threeFailures, T0));

        LoginState locked = lockedAt(T0);
        assertSame(locked, throttle.onSuccess(locked, T0.plusSeconds(60)));
        assertEquals(LoginState.unlocked(), throttle.onSuccess(locked, locked.lockedUntil()));
    }

    @Test
    void configurableThresholdAndDuration() {
        LoginThrottle strict = new LoginThrottle(2, Duration.ofHours(1));
        LoginState state = strict.onFailure(strict.onFailure(LoginState.unlocked(), T0), T0);

        assertEquals(T0.plus(Duration.ofHours(1)), state.lockedUntil());
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(3, Duration.ZERO));
    }

    private LoginState lockedAt(Instant when) {
        LoginState state = LoginState.unlocked();
        for (int i = 0; i < 5; i++) {
            state = throttle.onFailure(state, when);
        }
        return state;
    }
}
