package org.countyhall.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per client address, in fixed windows: the {@code maxFailures}-th failure from one address within
 * {@code window} refuses that address's password logins (429) until the window ends. Successes do not reset the
 * count, or an attacker could mix in a login of their own. An address guessing many names is stopped this way,
 * where the per-account rules would see one try per name. Kept per node, in memory; thread-safe.
 */
public final class AddressFailures {

    private static final int MAX_ADDRESSES = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public AddressFailures(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxFailures must be >= 1 and the window positive");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Refuses the address while it has reached the limit in its current window. */
    public void check(String address) throws LoginRefusedException {
        if (address == null || address.isEmpty()) {
            return;
        }
        Window w = windows.get(address);
        Instant now = clock.instant();
        if (w != null && w.failures >= maxFailures && now.isBefore(w.ends)) {
            long seconds = Math.max(1, Duration.between(now, w.ends).toSeconds());
            throw new LoginRefusedException(429, "too-many-failed-logins", seconds,
                    "Too many failed logins from your address; try again in " + seconds + " s");
        }
    }

    /** Counts one failed login from the address. */
    public void failed(String address) {
        if (address == null || address.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values().removeIf(w -> !now.isBefore(w.ends));
        }
        windows.compute(address, (a, w) -> w == null || !now.isBefore(w.ends) ? new Window(1, now.plus(window))
                : new Window(w.failures + 1, w.ends));
    }

    private record Window(int failures, Instant ends) {
    }
}
