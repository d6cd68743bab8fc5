package org.countyhall.core.internal.event;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.core.api.security.ActorContext;
import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.db.TxHooks;
import org.countyhall.core.internal.rest.Json;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** {@link EventOutbox} on table CH_OUTBOX, published on EventAdmin after the JTA transaction commits. */
@Component(service = EventOutbox.class)
public final class OutboxService implements EventOutbox {

    private final Outbox outbox;
    private final Transactions tx;
    private final ActorContext actors;

    @Activate
    public OutboxService(@Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource ds,
            @Reference Transactions tx, @Reference TxHooks hooks, @Reference EventAdmin events,
            @Reference ActorContext actors, @Reference Clock clock,
            @Reference(target = "(domain=core)") Schema schema) {
        this.tx = tx;
        this.actors = actors;
        this.outbox = new Outbox(new Jdbc(ds), Json.mapper(), clock, hooks, e -> events.postEvent(toEvent(e)));
    }

    @Override
    public String append(String topic, Map<String, Object> payload) {
        String actor = actors.currentOrSystem().username();
        return tx.required(() -> outbox.append(topic, payload, actor).id());
    }

    @Override
    public List<OutboxEvent> read(long afterSeq, String topicPrefix, int limit) {
        return outbox.read(afterSeq, topicPrefix, limit);
    }

    static Event toEvent(OutboxEvent e) {
        Map<String, Object> props = new HashMap<>(e.payload());
        props.put("event.id", e.id());
        props.put("event.seq", e.seq());
        props.put("event.actor", e.actor() == null ? "" : e.actor());
        props.put("event.occurredAt", e.occurredAt().toString());
        return new Event(e.topic(), props);
    }
}
