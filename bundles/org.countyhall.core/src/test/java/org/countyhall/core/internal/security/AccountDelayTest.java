package org.countyhall.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The account-wide rule: two free failures, then 1, 2, 4, 8, 16 and at most 30 s; never a lock. */
class AccountDelayTest {

    @Test
    void waitsGrowFrom1To30SecondsAfterTwoFreeFailures() {
        assertEquals(Duration.ZERO, AccountDelay.after(0));
        assertEquals(Duration.ZERO, AccountDelay.after(1));
        assertEquals(Duration.ZERO, AccountDelay.after(2));
        assertEquals(Duration.ofSeconds(1), AccountDelay.after(3));
        assertEquals(Duration.ofSeconds(2), AccountDelay.after(4));
        assertEquals(Duration.ofSeconds(4), AccountDelay.after(5));
        assertEquals(Duration.ofSeconds(8), AccountDelay.after(6));
        assertEquals(Duration.ofSeconds(16), AccountDelay.after(7));
        assertEquals(Duration.ofSeconds(30), AccountDelay.after(8));
        assertEquals(Duration.ofSeconds(30), AccountDelay.after(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> AccountDelay.after(-1));
    }

    @Test
    void theNextCheckIsCountedFromTheLastFailure() {
        Instant last = Instant.parse("2026-12-01T02:00:00Z");
        assertNull(AccountDelay.nextCheck(new LoginState(2, null, last)));
        assertEquals(last.plusSeconds(4), AccountDelay.nextCheck(new LoginState(5, null, last)));
        assertNull(AccountDelay.nextCheck(LoginState.unlocked()));
    }
}
