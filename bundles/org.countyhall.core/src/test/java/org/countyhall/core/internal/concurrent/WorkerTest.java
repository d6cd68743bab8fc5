package org.countyhall.core.internal.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The background thread core's writers share: wakes coalesce, and a task that throws keeps its schedule. */
class WorkerTest {

    @Test
    void wakesWhileARunIsUnderWayMakeOneMoreRunNotOneEach() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Worker worker = new Worker("test-worker", 0, () -> {
            runs.incrementAndGet();
            started.countDown();
            await(release);
        });
        worker.wake();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 50; i++) {
            worker.wake();
        }
        release.countDown();
        worker.stop(); // lets the queued run finish first

        assertEquals(2, runs.get());
    }

    @Test
    void aTaskThatThrowsRunsAgainAtItsNextInterval() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        Worker worker = new Worker("test-worker", 0, () -> {
            runs.incrementAndGet();
            third.countDown();
            throw new IllegalStateException("database away");
        }).every(10);
        try {
            assertTrue(third.await(10, TimeUnit.SECONDS), "ran " + runs.get() + " times");
        } finally {
            worker.stop();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
