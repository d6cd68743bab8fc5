package org.countyhall.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.event.OutboxEvent;

/**
 * An {@link EventOutbox} that keeps events in memory. Inside a {@link TestJpa} write an event counts only once the
 * write commits, as core's outbox rows do.
 */
public final class RecordingOutbox implements EventOutbox {

    /** One appended event. */
    public record Appended(String topic, Map<String, Object> payload) {
    }

    private final TestJpa jpa;
    private final List<Appended> events = new ArrayList<>();

    public RecordingOutbox(TestJpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public String append(String topic, Map<String, Object> payload) {
        Appended a = new Appended(topic, Map.copyOf(payload));
        jpa.whenCommitted(() -> add(a));
        return UUID.randomUUID().toString();
    }

    private synchronized void add(Appended a) {
        events.add(a);
    }

    /** Every committed event, in the order appended. */
    public synchronized List<Appended> events() {
        return List.copyOf(events);
    }

    /** The topics of the committed events, in order. */
    public synchronized List<String> topics() {
        return events.stream().map(Appended::topic).toList();
    }

    public synchronized void clear() {
        events.clear();
    }

    @Override
    public List<OutboxEvent> read(long afterSeq, String topicPrefix, int limit) {
        throw new UnsupportedOperationException("a service test reads events()");
    }
}
