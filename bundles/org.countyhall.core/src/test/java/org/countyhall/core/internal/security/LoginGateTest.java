package org.countyhall.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bounds on password checks: per client address, per node, and who waits behind whom. */
class LoginGateTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void oneAddressRunsAtMostItsShareAndIsRefused429BeyondItsQueue() throws Exception {
        LoginGate gate = new LoginGate(4, 2, 60_000);
        LoginGate.Slot a = gate.enter("203.0.113.7");
        LoginGate.Slot b = gate.enter("203.0.113.7");
        // six more may wait (4 × 2 inside in all); they park, holding no node slot
        CountDownLatch waiting = new CountDownLatch(6);
        List<Future<Void>> queued = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            queued.add(pool.submit(() -> {
                waiting.countDown();
                gate.enter("203.0.113.7").close();
                return null;
            }));
        }
        assertTrue(waiting.await(10, TimeUnit.SECONDS));
        awaitInside(gate, "203.0.113.7", 8);
        LoginRefusedException e = assertThrows(LoginRefusedException.class, () -> gate.enter("203.0.113.7"));
        assertEquals(429, e.status());
        assertEquals("login-busy", e.code());
        // another address still gets one of the node's two free slots at once
        LoginGate.Slot other = gate.enter("198.51.100.2");
        other.close();
        a.close();
        b.close();
        for (Future<Void> f : queued) {
            f.get(10, TimeUnit.SECONDS); // each got its turn once the first two were done
        }
        assertEquals(0, gate.addressesInside());
    }

    @Test
    void aFullNodeAnswers503AfterTheWaitAndAReleasedSlotGoesToTheNextInLine() throws Exception {
        LoginGate gate = new LoginGate(1, 2, 50);
        LoginGate.Slot held = gate.enter(LoginOrigin.NONE);
        LoginRefusedException e = assertThrows(LoginRefusedException.class, () -> gate.enter("198.51.100.2"));
        assertEquals(503, e.status());
        assertEquals(0, gate.addressesInside(), "a refused login leaves nothing behind");
        held.close();
        gate.enter("198.51.100.2").close();
    }

    @Test
    void aFloodFromOneAddressLeavesASlotForSomeoneElse() throws Exception {
        // two cores: the flooding address holds one slot at most, a person from elsewhere takes the other at once
        LoginGate gate = new LoginGate(2, 1, 60_000);
        LoginGate.Slot flood = gate.enter("203.0.113.7");
        CountDownLatch started = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            pool.submit(() -> {
                started.countDown();
                gate.enter("203.0.113.7").close();
                return null;
            });
        }
        assertTrue(started.await(10, TimeUnit.SECONDS));
        awaitInside(gate, "203.0.113.7", 4);
        Future<LoginGate.Slot> person = pool.submit(() -> gate.enter("198.51.100.2"));
        person.get(5, TimeUnit.SECONDS).close();
        flood.close();
    }

    @Test
    void consoleLoginsWithoutAnAddressTakeOnlyTheNodeLimit() throws Exception {
        LoginGate gate = new LoginGate(3, 1, 0);
        LoginGate.Slot one = gate.enter(LoginOrigin.NONE);
        LoginGate.Slot two = gate.enter(LoginOrigin.NONE);
        LoginGate.Slot three = gate.enter(LoginOrigin.NONE);
        assertEquals(503, assertThrows(LoginRefusedException.class, () -> gate.enter(LoginOrigin.NONE)).status());
        one.close();
        two.close();
        three.close();
    }

    @Test
    void settingsBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LoginGate(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new LoginGate(1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LoginGate(1, 1, -1));
    }

    private static void awaitInside(LoginGate gate, String address, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (gate.inside(address) < expected) {
            assertTrue(System.nanoTime() < deadline, "never " + expected + " inside: " + gate.inside(address));
            Thread.sleep(5);
        }
    }
}
