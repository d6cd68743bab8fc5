package org.countyhall.core.internal.security;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Runs the first-admin bootstrap on a thread of its own once core's endpoints are published: its password hash
 * takes 1–2 s of a core in a JVM that is still starting, and on two cores it slowed the start itself. Waits at
 * most {@code limit}, and no longer once told to stop (the directory is being deactivated).
 */
final class AfterCoreEndpoints implements Executor {

    /** {@code PublishedEndpoints::awaitCore}: waits at most {@code slice}, says whether core is published. */
    interface CoreWait {
        boolean await(Duration slice) throws InterruptedException;
    }

    private static final Duration SLICE = Duration.ofMillis(100);

    private final CoreWait published;
    private final Duration limit;
    private volatile boolean stopWaiting;

    AfterCoreEndpoints(CoreWait published, Duration limit) {
        this.published = published;
        this.limit = limit;
    }

    @Override
    public void execute(Runnable work) {
        Thread t = new Thread(() -> {
            awaitCore();
            work.run();
        }, "countyhall-admin-bootstrap");
        t.setDaemon(true);
        t.start();
    }

    void stopWaiting() {
        stopWaiting = true;
    }

    private void awaitCore() {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            // in slices, so that stopWaiting is seen within 100 ms
            while (!stopWaiting && System.nanoTime() < deadline && !published.await(SLICE)) {
                continue;
            }
        } catch (InterruptedException e) {
            // only at shutdown: go on and create the admin rather than leave logins waiting
        }
    }
}
