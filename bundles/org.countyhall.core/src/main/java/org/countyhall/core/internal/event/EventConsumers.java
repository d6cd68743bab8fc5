package org.countyhall.core.internal.event;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.event.EventConsumer;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.internal.concurrent.Worker;
import org.countyhall.core.internal.config.CoreConfig;
import org.countyhall.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every registered {@link EventConsumer} on one thread ("countyhall-events"): a pass when a consumer appears
 * (its catch-up), when this node's EventAdmin delivers a CountyHall event (this thread does the work, never
 * EventAdmin's), and every {@code events.pollMillis} for what other nodes committed.
 */
@Component(service = {EventConsumers.class, EventHandler.class}, configurationPid = CoreConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = EventConstants.EVENT_TOPIC + "=org/countyhall/*")
public final class EventConsumers implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EventConsumers.class);

    private final ConsumerRunner runner;
    private final Worker worker = new Worker("countyhall-events", 0, this::pass);
    private final java.util.Queue<EventConsumer> arriving = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.Set<EventConsumer> waitingForName = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Activate
    public EventConsumers(@Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource ds,
            @Reference Transactions tx, @Reference EventOutbox outbox, @Reference Clock clock,
            @Reference AuditLog audit, @Reference(target = "(domain=core)") Schema schema, CoreConfig config) {
        runner = new ConsumerRunner(new Jdbc(ds), tx, outbox, clock, audit, config.events_batchSize(),
                config.events_maxAttempts());
        modified(config);
    }

    /** A new poll interval applies at once; batch size and attempts at the next start of core. */
    @Modified
    void modified(CoreConfig config) {
        worker.every(Math.max(100, config.events_pollMillis()));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.stop();
    }

    /** Started by the next pass, on the worker thread (its cursor row may need a write). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addConsumer(EventConsumer consumer) {
        arriving.add(consumer);
        worker.wake();
    }

    void removeConsumer(EventConsumer consumer) {
        arriving.remove(consumer);
        waitingForName.remove(consumer);
        runner.remove(consumer); // at once: a pass under way must not count its bundle's going as failures
        if (!arriving.isEmpty()) {
            worker.wake(); // one may have waited for this name
        }
    }

    @Override
    public void handleEvent(Event event) {
        worker.wake();
    }

    /**
     * Starts the consumers that arrived. One whose cursor cannot be made yet (database away) waits a pass; one whose
     * name is still held (the old consumer of a bundle being replaced) waits until that one is removed.
     */
    private void startArrivals() {
        for (EventConsumer c : List.copyOf(arriving)) {
            try {
                ConsumerRunner.Start started = runner.add(c);
                if (started == ConsumerRunner.Start.NAME_TAKEN) {
                    if (waitingForName.add(c)) {
                        LOG.warn("Event consumer {} waits: another consumer of that name is running", c.name());
                    }
                    continue;
                }
                if (started == ConsumerRunner.Start.STARTED) {
                    LOG.info("Event consumer {} started ({})", c.name(), c.topics());
                }
                arriving.remove(c);
                waitingForName.remove(c);
            } catch (RuntimeException e) {
                LOG.warn("Event consumer {} not started yet: {}", c.name(), e.getClass().getSimpleName());
            }
        }
    }

    public ConsumerRunner runner() {
        return runner;
    }

    /** The console and REST: each consumer's state. */
    public List<ConsumerRunner.ConsumerStatus> status() {
        return runner.status();
    }

    private void pass() {
        startArrivals();
        runner.runOnce();
    }
}
