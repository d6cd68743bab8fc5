package org.countyhall.core.internal.rest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

/**
 * What the REST whiteboard has published, by path. A component of its own so that endpoints (health, the API
 * index) can read it without referencing the whiteboard that publishes them.
 */
@Component(service = PublishedEndpoints.class)
public final class PublishedEndpoints {

    /** Core's own endpoints: the platform is not ready before all of them are published. */
    public static final List<String> CORE_PATHS = List.of("audit", "calendar", "events", "health", "inbox", "openapi",
            "ping", "users");

    private final Map<String, List<Class<?>>> byPath = new ConcurrentHashMap<>();

    void put(String path, List<Class<?>> resourceClasses) {
        byPath.put(path, List.copyOf(resourceClasses));
        synchronized (this) {
            notifyAll();
        }
    }

    void remove(String path) {
        byPath.remove(path);
    }

    /** Published paths (without {@code /api/v1/}) and their resource classes, sorted by path. */
    public SortedMap<String, List<Class<?>>> all() {
        return new TreeMap<>(byPath);
    }

    /** Core paths not published yet (without {@code /api/v1/}); empty once the platform can be ready. */
    public List<String> missingCore() {
        return CORE_PATHS.stream().filter(p -> !byPath.containsKey(p)).toList();
    }

    /**
     * Waits until every core path is published, at most {@code timeout}.
     *
     * @return whether they all are
     */
    public boolean awaitCore(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!missingCore().isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }
}
