package org.countyhall.core.internal.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import javax.sql.DataSource;

import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.ActorContext;
import org.countyhall.core.internal.concurrent.Worker;
import org.countyhall.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit records that need not share a business transaction — the {@code http.<METHOD>} trail of REST writes,
 * recorded after the change committed — written in the background, many per transaction: a REST write then pays
 * a queue offer instead of a second commit. Written within {@value #FLUSH_MILLIS} ms, or at once by a writer when
 * {@value #BATCH} are waiting; a full queue makes the recording thread write (never drops a record). A stop writes
 * what is queued; a crash loses at most the last {@value #FLUSH_MILLIS} ms of them (the domain's own record of the
 * change commits with the change).
 */
@Component(service = DeferredAudit.class)
public final class DeferredAudit {

    static final int FLUSH_MILLIS = 500;
    static final int BATCH = 200;
    private static final int CAPACITY = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(DeferredAudit.class);

    private final Jdbc jdbc;
    private final Transactions tx;
    private final Clock clock;
    private final ActorContext actors;
    private final BlockingQueue<Row> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Worker writer;

    @Activate
    public DeferredAudit(@Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource ds,
            @Reference Transactions tx, @Reference Clock clock, @Reference ActorContext actors,
            @Reference(target = "(domain=core)") Schema schema) {
        this(ds, tx, clock, actors, true);
    }

    /** Without the background writer when {@code scheduled} is false (tests call {@link #flush}). */
    DeferredAudit(DataSource ds, Transactions tx, Clock clock, ActorContext actors, boolean scheduled) {
        this.jdbc = new Jdbc(ds);
        this.tx = tx;
        this.clock = clock;
        this.actors = actors;
        writer = scheduled ? new Worker("countyhall-audit", 0, this::flushQuietly).every(FLUSH_MILLIS) : null;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (writer != null) {
            writer.stop();
        }
        flushQuietly();
    }

    /** Records {@code action} by the current actor, now; written soon, in a transaction of its own. */
    public void record(String action, String target, String detail) {
        Actor actor = actors.currentOrSystem();
        recordAs(clock.instant(), actor.username(), actor.staffNumber(), action, target, detail);
    }

    /** Records {@code action} as done by {@code username} at {@code at} (the login audit's tallies). */
    void recordAs(Instant at, String username, String staffNumber, String action, String target, String detail) {
        Row row = new Row(at, username, staffNumber, action, target, detail);
        if (!queue.offer(row)) {
            write(List.of(row)); // the writer is behind: this thread writes, nothing is dropped
            return;
        }
        if (queue.size() >= BATCH && writer != null) {
            writer.wake();
        }
    }

    /** Writes everything queued, {@value #BATCH} rows per transaction. */
    void flush() {
        List<Row> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Row> rows) {
        tx.required(() -> rows.forEach(r -> AuditRows.insert(jdbc, r.at, r.username, r.staffNumber, r.action,
                r.target, r.detail)));
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // the batch in hand is lost; the exception's text may quote a row, so only its class is logged
            LOG.warn("Audit records could not be written: {}", e.getClass().getSimpleName());
        }
    }

    private record Row(Instant at, String username, String staffNumber, String action, String target,
            String detail) {
    }
}
