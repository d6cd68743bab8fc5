package org.countyhall.core.internal.concurrent;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One named daemon thread that runs one task: every {@link #every interval}, and when {@link #wake woken} — after
 * {@code wakeDelayMillis}, many wakes before it runs being one run. Core's background writers (the outbox
 * publisher, the event consumers, the deferred audit) share this shape. Anything the task throws is logged by
 * class only (messages may quote data) and the next run goes on.
 */
public final class Worker {

    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

    private final String name;
    private final Runnable task;
    private final long wakeDelayMillis;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean woken = new AtomicBoolean();
    private ScheduledFuture<?> periodic;

    public Worker(String name, long wakeDelayMillis, Runnable task) {
        this.name = name;
        this.task = task;
        this.wakeDelayMillis = wakeDelayMillis;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the task every {@code millis} from now on, replacing an earlier interval. */
    public synchronized Worker every(long millis) {
        if (periodic != null) {
            periodic.cancel(false);
        }
        periodic = thread.scheduleWithFixedDelay(this::run, millis, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Asks for a run soon; a no-op once stopped. */
    public void wake() {
        if (woken.compareAndSet(false, true)) {
            try {
                thread.schedule(this::run, wakeDelayMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                woken.set(false);
            }
        }
    }

    /** Runs {@code work} on this thread, before later runs of the task. */
    public void execute(Runnable work) {
        try {
            thread.execute(work);
        } catch (RejectedExecutionException stopped) {
            // stopping: nothing more runs
        }
    }

    /** Lets a run under way finish (at most 10 s) and runs nothing more. */
    public void stop() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void run() {
        woken.set(false);
        try {
            task.run();
        } catch (Throwable t) { // a periodic run that throws would never run again
            LOG.warn("{} failed: {}", name, t.getClass().getSimpleName());
        }
    }
}
