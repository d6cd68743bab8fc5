package org.countyhall.core.internal.event;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.event.EventConsumer;
import org.countyhall.core.api.event.EventOutbox;
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
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "countyhall-events");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private ScheduledFuture<?> polling;

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
    synchronized void modified(CoreConfig config) {
        if (polling != null) {
            polling.cancel(false);
        }
        long poll = Math.max(100, config.events_pollMillis());
        polling = worker.scheduleWithFixedDelay(this::pass, poll, poll, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addConsumer(EventConsumer consumer) {
        submit(() -> {
            if (runner.add(consumer)) {
                LOG.info("Event consumer {} started ({})", consumer.name(), consumer.topics());
            }
        });
        wake();
    }

    void removeConsumer(EventConsumer consumer) {
        runner.remove(consumer); // at once: a pass under way must not count its bundle's going as failures
    }

    @Override
    public void handleEvent(Event event) {
        wake();
    }

    public ConsumerRunner runner() {
        return runner;
    }

    /** The console and REST: each consumer's state. */
    public List<ConsumerRunner.ConsumerStatus> status() {
        return runner.status();
    }

    private void wake() {
        if (queued.compareAndSet(false, true)) {
            submit(this::pass);
        }
    }

    private void submit(Runnable work) {
        try {
            worker.execute(work);
        } catch (RejectedExecutionException stopping) {
            queued.set(false);
        }
    }

    private void pass() {
        queued.set(false);
        try {
            runner.runOnce();
        } catch (Throwable t) { // the scheduled polling stops for good if anything escapes
            LOG.warn("Event consumers' pass failed: {}", t.getClass().getSimpleName());
        }
    }
}
