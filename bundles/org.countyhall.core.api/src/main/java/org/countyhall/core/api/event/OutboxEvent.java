package org.countyhall.core.api.event;

import java.time.Instant;
import java.util.Map;

/** An event as stored: {@code seq} orders events (the cursor), {@code id} identifies them (idempotency). */
public record OutboxEvent(long seq, String id, String topic, Instant occurredAt, String actor,
        Map<String, Object> payload) {

    public OutboxEvent {
        payload = Map.copyOf(payload);
    }
}
