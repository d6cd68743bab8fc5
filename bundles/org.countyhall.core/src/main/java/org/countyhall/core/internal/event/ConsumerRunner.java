package org.countyhall.core.internal.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.DomainException;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.event.EventConsumer;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.core.internal.db.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs event consumers, free of OSGi: each reads the outbox after its cursor (CH_EVENT_CONSUMER), a batch per
 * transaction, and the handler's effect and the cursor's move commit together. The cursor row is locked first
 * and read again, so a second node that read the same events skips those already handled: once per cluster.
 * A batch that fails is handled again one event per transaction to find the failing event; that one is retried
 * after 1, 2, 4 ... s (at most 60 s) and parked after {@code maxAttempts} failures (CH_EVENT_PARKED, the cursor
 * moves past it), so the next events still flow. Not thread-safe for one consumer: one thread runs {@link #runOnce}.
 */
public final class ConsumerRunner {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerRunner.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final Jdbc jdbc;
    private final Transactions tx;
    private final EventOutbox outbox;
    private final Clock clock;
    private final AuditLog audit;
    private final int batchSize;
    private final int maxAttempts;
    private final Map<String, State> consumers = new ConcurrentHashMap<>();

    public ConsumerRunner(Jdbc jdbc, Transactions tx, EventOutbox outbox, Clock clock, AuditLog audit, int batchSize,
            int maxAttempts) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.outbox = outbox;
        this.clock = clock;
        this.audit = audit;
        this.batchSize = Math.max(1, batchSize);
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    /** What {@link #add} did. */
    public enum Start {
        STARTED,
        /** A name that is not 1-100 of a-z 0-9 . - or no topics: never runs (logged). */
        INVALID,
        /** Another consumer runs under this name (an old one of a bundle being replaced, not yet removed). */
        NAME_TAKEN
    }

    /** Starts running {@code c}; a new name gets a cursor at 0 (it handles every event of its topics). */
    public Start add(EventConsumer c) {
        String name = c.name();
        if (name == null || !NAME.matcher(name).matches() || c.topics() == null) {
            LOG.error("Event consumer {} ignored: its name must be 1-100 of a-z 0-9 . - and it needs topics",
                    c.getClass().getName());
            return Start.INVALID;
        }
        if (consumers.putIfAbsent(name, new State(c)) != null) {
            return Start.NAME_TAKEN;
        }
        if (cursor(name).isEmpty()) {
            try {
                jdbc.update("INSERT INTO CH_EVENT_CONSUMER (NAME, LAST_SEQ, UPDATED_AT) VALUES (?, 0, ?)", name,
                        clock.instant());
            } catch (RuntimeException e) {
                if (cursor(name).isEmpty()) { // else another node made it at the same moment
                    consumers.remove(name);
                    throw e;
                }
            }
        }
        return Start.STARTED;
    }

    /** Stops running {@code c}; a failure it meets from now on (its bundle stopping) is not counted against it. */
    public void remove(EventConsumer c) {
        State s = c.name() == null ? null : consumers.get(c.name());
        if (s != null && s.consumer == c) {
            consumers.remove(c.name(), s);
        }
    }

    /** Every consumer not waiting for a retry catches up as far as it can; returns the events handled. */
    public int runOnce() {
        int handled = 0;
        for (State s : List.copyOf(consumers.values())) {
            if (s.retryAt != null && clock.instant().isBefore(s.retryAt)) {
                continue;
            }
            try {
                handled += catchUp(s);
            } catch (RuntimeException e) {
                // reading the outbox or the cursor failed (database away): the next pass tries again
                LOG.warn("Event consumer {} could not read: {}", s.consumer.name(), e.getClass().getSimpleName());
            }
        }
        return handled;
    }

    private int catchUp(State s) {
        int handled = 0;
        while (true) {
            long from = cursor(s.consumer.name()).orElse(0L);
            List<OutboxEvent> batch = outbox.read(from, s.consumer.topics(), batchSize);
            if (batch.isEmpty()) {
                return handled;
            }
            try {
                handled += tx.required(() -> handleAll(s.consumer, batch));
                s.succeeded();
            } catch (RuntimeException | LinkageError batchFailed) {
                for (OutboxEvent e : batch) {
                    if (!handleOne(s, e)) {
                        return handled;
                    }
                    handled++;
                }
            }
            if (batch.size() < batchSize) {
                return handled;
            }
        }
    }

    private int handleAll(EventConsumer c, List<OutboxEvent> batch) throws Exception {
        long last = lockCursor(c.name());
        int n = 0;
        for (OutboxEvent e : batch) {
            if (e.seq() > last) {
                c.handle(e);
                n++;
            }
        }
        moveCursor(c.name(), batch.get(batch.size() - 1).seq(), last);
        return n;
    }

    /** Handles one event in its own transaction; false when it failed and the consumer now waits for a retry. */
    private boolean handleOne(State s, OutboxEvent e) {
        EventConsumer c = s.consumer;
        try {
            tx.required(() -> {
                long last = lockCursor(c.name());
                if (e.seq() > last) {
                    c.handle(e);
                    moveCursor(c.name(), e.seq(), last);
                }
                return null;
            });
            s.succeeded();
            return true;
        } catch (RuntimeException | LinkageError failure) {
            if (consumers.get(c.name()) != s) {
                return false; // removed meanwhile: its bundle is going, the failure says nothing about the event
            }
            int attempts = s.failed(e.seq());
            if (attempts < maxAttempts) {
                Duration wait = backoff(attempts);
                s.retryAt = clock.instant().plus(wait);
                LOG.warn("Event consumer {} failed at event {} (attempt {} of {}, again in {} s): {}", c.name(),
                        e.seq(), attempts, maxAttempts, wait.toSeconds(), failure.getClass().getSimpleName());
                return false;
            }
            park(c, e, attempts, failure);
            s.succeeded();
            return true;
        }
    }

    private void park(EventConsumer c, OutboxEvent e, int attempts, Throwable failure) {
        tx.required(() -> {
            long last = lockCursor(c.name());
            if (e.seq() > last) {
                jdbc.update("INSERT INTO CH_EVENT_PARKED (CONSUMER, SEQ, EVENT_ID, ATTEMPTS, FAILURE, PARKED_AT) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", c.name(), e.seq(), e.id(), attempts, describe(failure),
                        clock.instant());
                moveCursor(c.name(), e.seq(), last);
            }
        });
        LOG.warn("Event consumer {} parked event {} after {} attempts: {}", c.name(), e.seq(), attempts,
                failure.getClass().getSimpleName());
    }

    /** 1, 2, 4 ... seconds after the first, second, third failure; at most 60 s. */
    static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(attempts - 1, 6);
        return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
    }

    /**
     * What is kept of a failure: the class of its root cause, and the message only for CountyHall's own domain errors
     * (written for clients); other messages (SQL errors, for one) may quote personal data.
     */
    static String describe(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && !(t instanceof DomainException)) {
            t = t.getCause();
        }
        String text = t instanceof DomainException d ? d.getClass().getSimpleName() + ": " + d.getMessage()
                : t.getClass().getName();
        return text.length() <= 300 ? text : text.substring(0, 300);
    }

    // ---- the office's view and actions --------------------------------------------------------------------------

    /** Each running consumer: cursor, events of its topics after it, parked events, retry state. */
    public List<ConsumerStatus> status() {
        List<ConsumerStatus> out = new ArrayList<>();
        for (State s : consumers.values()) {
            String name = s.consumer.name();
            long cursor = cursor(name).orElse(0L);
            long waiting = jdbc.count("SELECT COUNT(*) FROM CH_OUTBOX WHERE SEQ > ? AND TOPIC" + Jdbc.LIKE_PREFIX,
                    cursor, Jdbc.prefix(s.consumer.topics()));
            long parked = jdbc.count("SELECT COUNT(*) FROM CH_EVENT_PARKED WHERE CONSUMER = ?", name);
            out.add(new ConsumerStatus(name, s.consumer.topics(), cursor, waiting, parked, s.failingSeq, s.attempts,
                    s.retryAt));
        }
        out.sort(java.util.Comparator.comparing(ConsumerStatus::name));
        return out;
    }

    /** Parked events, of one consumer or (null) of all, oldest first. */
    public List<ParkedEvent> parked(String consumer) {
        return consumer == null ? parkedWhere("", new Object[0]) : parkedWhere(" WHERE CONSUMER = ?",
                new Object[] {consumer});
    }

    private List<ParkedEvent> parkedWhere(String where, Object[] params) {
        return jdbc.list("SELECT CONSUMER, SEQ, EVENT_ID, ATTEMPTS, FAILURE, PARKED_AT FROM CH_EVENT_PARKED" + where
                + " ORDER BY SEQ, CONSUMER", rs -> new ParkedEvent(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getInt(4), rs.getString(5), Jdbc.instant(rs, "PARKED_AT")), params);
    }

    /**
     * Handles a parked event again, now, and removes it from the parked ones when that succeeds (audited
     * {@code event.retry}); a failure counts one more attempt, keeps it parked and is answered as a
     * {@code 409 event-retry-failed} naming what failed (the handler's fault, not the caller's).
     */
    public void retry(String consumer, long seq) {
        State s = consumers.get(consumer);
        if (s == null) {
            throw new NotFoundException("No running event consumer " + consumer);
        }
        ParkedEvent p = parkedOne(consumer, seq);
        OutboxEvent e = outbox.read(seq - 1, null, 1).stream().filter(x -> x.seq() == seq).findFirst()
                .orElseThrow(() -> new NotFoundException("No event " + seq + " in the outbox"));
        try {
            tx.required(() -> {
                if (jdbc.update("DELETE FROM CH_EVENT_PARKED WHERE CONSUMER = ? AND SEQ = ?", consumer, seq) == 0) {
                    throw new NotFoundException("Event " + seq + " is not parked for " + consumer);
                }
                s.consumer.handle(e);
                audit.record("event.retry", "consumer/" + consumer, "seq=" + seq);
                return null;
            });
        } catch (NotFoundException gone) {
            throw gone; // parked no longer: retried or skipped meanwhile
        } catch (RuntimeException | LinkageError failure) {
            String why = describe(failure);
            jdbc.update("UPDATE CH_EVENT_PARKED SET ATTEMPTS = ?, FAILURE = ? WHERE CONSUMER = ? AND SEQ = ?",
                    p.attempts() + 1, why, consumer, seq);
            throw new ConflictException("event-retry-failed", "Event " + seq + " failed again in " + consumer
                    + " and stays parked: " + why);
        }
    }

    /** Gives up a parked event: removed without being handled (audited {@code event.skip}). */
    public void skip(String consumer, long seq) {
        tx.required(() -> {
            if (jdbc.update("DELETE FROM CH_EVENT_PARKED WHERE CONSUMER = ? AND SEQ = ?", consumer, seq) == 0) {
                throw new NotFoundException("Event " + seq + " is not parked for " + consumer);
            }
            audit.record("event.skip", "consumer/" + consumer, "seq=" + seq);
        });
    }

    private ParkedEvent parkedOne(String consumer, long seq) {
        return parkedWhere(" WHERE CONSUMER = ? AND SEQ = ?", new Object[] {consumer, seq}).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Event " + seq + " is not parked for " + consumer));
    }

    // ---- the cursor ---------------------------------------------------------------------------------------------

    private Optional<Long> cursor(String name) {
        return jdbc.one("SELECT LAST_SEQ FROM CH_EVENT_CONSUMER WHERE NAME = ?", rs -> rs.getLong(1), name);
    }

    /** Locks the consumer's cursor row for this transaction and reads it. */
    private long lockCursor(String name) {
        jdbc.update("UPDATE CH_EVENT_CONSUMER SET LAST_SEQ = LAST_SEQ WHERE NAME = ?", name);
        return cursor(name).orElseThrow(() -> new IllegalStateException("no cursor for consumer " + name));
    }

    private void moveCursor(String name, long to, long from) {
        if (to > from) {
            jdbc.update("UPDATE CH_EVENT_CONSUMER SET LAST_SEQ = ?, UPDATED_AT = ? WHERE NAME = ?", to,
                    clock.instant(), name);
        }
    }

    /** What this node knows of one consumer beyond its cursor: the event it fails at, and when to try again. */
    private static final class State {
        final EventConsumer consumer;
        volatile Long failingSeq;
        volatile int attempts;
        volatile Instant retryAt;

        State(EventConsumer consumer) {
            this.consumer = consumer;
        }

        int failed(long seq) {
            if (failingSeq == null || failingSeq != seq) {
                failingSeq = seq;
                attempts = 0;
            }
            return ++attempts;
        }

        void succeeded() {
            failingSeq = null;
            attempts = 0;
            retryAt = null;
        }
    }

    /** One consumer as the console and REST show it. */
    public record ConsumerStatus(String name, String topics, long cursor, long waiting, long parked, Long failingSeq,
            int attempts, Instant retryAt) {
    }

    /** An event a consumer gave up on. */
    public record ParkedEvent(String consumer, long seq, String eventId, int attempts, String failure,
            Instant parkedAt) {
    }
}
