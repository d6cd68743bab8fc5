package org.countyhall.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class PublishedEndpointsTest {

    private final PublishedEndpoints published = new PublishedEndpoints();

    private void publishAllBut(String left) {
        PublishedEndpoints.CORE_PATHS.stream().filter(p -> !p.equals(left)).forEach(p -> published.put(p, List.of()));
    }

    @Test
    void coreIsMissingUntilEveryCorePathIsPublished() throws Exception {
        assertEquals(PublishedEndpoints.CORE_PATHS, published.missingCore());
        publishAllBut("users");
        published.put("staff", List.of()); // a domain's path does not stand in for a core one
        assertEquals(List.of("users"), published.missingCore());
        assertFalse(published.awaitCore(Duration.ofMillis(20)));
        published.put("users", List.of());
        assertEquals(List.of(), published.missingCore());
        assertTrue(published.awaitCore(Duration.ZERO));
        published.remove("audit");
        assertEquals(List.of("audit"), published.missingCore());
    }

    @Test
    void aWaiterWakesWhenTheLastCorePathIsPublished() throws Exception {
        publishAllBut("health");
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return published.awaitCore(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        published.put("health", List.of());
        assertTrue(waiting.get(10, TimeUnit.SECONDS));
    }
}
