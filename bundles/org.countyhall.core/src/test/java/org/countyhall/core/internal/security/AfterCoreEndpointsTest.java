package org.countyhall.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AfterCoreEndpointsTest {

    private final AtomicBoolean corePublished = new AtomicBoolean();
    private final AtomicInteger waits = new AtomicInteger();
    private final CountDownLatch ran = new CountDownLatch(1);

    /** Stands for PublishedEndpoints::awaitCore: sleeps the slice unless core is published. */
    private boolean await(Duration slice) throws InterruptedException {
        waits.incrementAndGet();
        if (!corePublished.get()) {
            Thread.sleep(slice.toMillis());
        }
        return corePublished.get();
    }

    @Test
    void runsTheWorkOnceCoreIsPublished() throws Exception {
        new AfterCoreEndpoints(this::await, Duration.ofSeconds(30)).execute(ran::countDown);
        assertFalse(ran.await(300, TimeUnit.MILLISECONDS), "ran before core's endpoints were published");
        corePublished.set(true);
        assertTrue(ran.await(10, TimeUnit.SECONDS));
    }

    @Test
    void stopWaitingRunsTheWorkAtOnce() throws Exception {
        AfterCoreEndpoints runner = new AfterCoreEndpoints(this::await, Duration.ofSeconds(30));
        runner.execute(ran::countDown);
        assertFalse(ran.await(300, TimeUnit.MILLISECONDS));
        runner.stopWaiting();
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertFalse(corePublished.get());
    }

    @Test
    void runsTheWorkAfterTheLimitEvenIfCoreNeverComes() throws Exception {
        new AfterCoreEndpoints(this::await, Duration.ofMillis(250)).execute(ran::countDown);
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertTrue(waits.get() >= 2, "waited in slices: " + waits.get());
    }

    @Test
    void runsOnADaemonThreadOfItsOwn() throws Exception {
        corePublished.set(true);
        String[] thread = new String[1];
        boolean[] daemon = new boolean[1];
        new AfterCoreEndpoints(this::await, Duration.ofSeconds(30)).execute(() -> {
            thread[0] = Thread.currentThread().getName();
            daemon[0] = Thread.currentThread().isDaemon();
            ran.countDown();
        });
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertEquals("countyhall-admin-bootstrap", thread[0]);
        assertTrue(daemon[0]);
    }
}
