package org.countyhall.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The tarpit holds at most its capacity of refused requests; the rest are answered at once. */
class TarpitTest {

    @Test
    void beyondItsCapacityARefusalIsNotHeld() throws Exception {
        Tarpit tarpit = new Tarpit(1, Duration.ofSeconds(30));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> first = pool.submit(tarpit::hold);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (tarpit.free() > 0) {
                assertTrue(System.nanoTime() < deadline, "the first never took the place");
                Thread.sleep(5);
            }
            assertFalse(tarpit.hold(), "the only place is taken: answered at once");
            pool.shutdownNow(); // interrupts the first
            assertFalse(first.get(10, TimeUnit.SECONDS), "an interrupted hold says it did not complete");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHoldOfZeroNeverWaits() {
        assertFalse(new Tarpit(4, Duration.ZERO).hold());
        assertTrue(new Tarpit(4, Duration.ofMillis(1)).hold());
    }
}
