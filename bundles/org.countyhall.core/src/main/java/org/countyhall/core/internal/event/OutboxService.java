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
import org.countyhall.core.internal.concurrent.Worker;
import org.countyhall.core.internal.config.CoreConfig;
import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.db.TxHooks;
import org.countyhall.core.internal.rest.Json;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link EventOutbox} on CH_OUTBOX_PENDING and CH_OUTBOX, and its publisher: one thread that numbers what committed
 * ({@link Outbox#number}), at once when a transaction on this node appended and every {@code events.pollMillis}
 * for what other nodes (or a crash) left, then posts the numbered events on this node's EventAdmin.
 */
@Component(service = EventOutbox.class, configurationPid = CoreConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class OutboxService implements EventOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxService.class);
    private static final int BATCH = 500;
    static final long COALESCE_MILLIS = 5;

    private final Outbox outbox;
    private final Transactions tx;
    private final ActorContext actors;
    private final EventAdmin events;
    /** Numbers what committed: 5 ms after a local commit asks (busy writers share a pass), and every poll. */
    private final Worker publisher = new Worker("countyhall-outbox", COALESCE_MILLIS, this::publishQuietly);

    @Activate
    public OutboxService(@Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource ds,
            @Reference Transactions tx, @Reference TxHooks hooks, @Reference EventAdmin events,
            @Reference ActorContext actors, @Reference Clock clock,
            @Reference(target = "(domain=core)") Schema schema, CoreConfig config) {
        this.tx = tx;
        this.actors = actors;
        this.events = events;
        this.outbox = new Outbox(new Jdbc(ds), Json.mapper(), clock, hooks, publisher::wake);
        modified(config);
        publisher.wake(); // what an earlier run or another node left
    }

    /** A new poll interval applies at once (a component restart would take the outbox from every domain). */
    @Modified
    void modified(CoreConfig config) {
        publisher.every(Math.max(100, config.events_pollMillis()));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        publisher.stop();
    }

    @Override
    public String append(String topic, Map<String, Object> payload) {
        String actor = actors.currentOrSystem().username();
        return tx.required(() -> outbox.append(topic, payload, actor));
    }

    @Override
    public List<OutboxEvent> read(long afterSeq, String topicPrefix, int limit) {
        return outbox.read(afterSeq, topicPrefix, limit);
    }

    private void publishQuietly() {
        try {
            List<OutboxEvent> numbered;
            do {
                numbered = outbox.numberPass(tx, BATCH);
                numbered.forEach(e -> events.postEvent(toEvent(e)));
            } while (numbered.size() == BATCH);
        } catch (RuntimeException | LinkageError e) {
            // the database is away or a writer held its row too long (Derby): the next pass takes them
            LOG.warn("Outbox events not numbered yet: {}", e.getClass().getSimpleName());
        }
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
