package org.countyhall.core.internal.rest;

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

    private final Map<String, List<Class<?>>> byPath = new ConcurrentHashMap<>();

    void put(String path, List<Class<?>> resourceClasses) {
        byPath.put(path, List.copyOf(resourceClasses));
    }

    void remove(String path) {
        byPath.remove(path);
    }

    /** Published paths (without {@code /api/v1/}) and their resource classes, sorted by path. */
    public SortedMap<String, List<Class<?>>> all() {
        return new TreeMap<>(byPath);
    }
}
