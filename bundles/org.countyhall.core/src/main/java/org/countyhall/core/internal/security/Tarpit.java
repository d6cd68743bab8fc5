package org.countyhall.core.internal.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Holds back the answer to a client that is being refused for sending too many logins, so that a flood gets a few
 * answers a second per connection instead of thousands (each of which costs the node a request's CPU). At most
 * {@code capacity} requests are held at once, so a flood can never tie up the server's threads: beyond that the
 * refusal goes out at once.
 */
final class Tarpit {

    private final Semaphore held;
    private final long millis;

    Tarpit(int capacity, Duration hold) {
        this.held = new Semaphore(capacity);
        this.millis = hold.toMillis();
    }

    /** Places free now. */
    int free() {
        return held.availablePermits();
    }

    /** Waits {@code hold} if a place is free; true if it did. */
    boolean hold() {
        if (millis <= 0 || !held.tryAcquire()) {
            return false;
        }
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            held.release();
        }
    }
}
