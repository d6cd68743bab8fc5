package org.countyhall.core.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.event.EventConsumer;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.db.LocalTransactions;
import org.countyhall.core.internal.db.TestDatabase;
import org.countyhall.core.internal.rest.Json;
import org.countyhall.core.internal.security.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Core's event consumer: the handler's effect and the cursor commit together, so an event is handled once per
 * cluster, after a restart and on two nodes alike; a failing event is retried with back-off, then parked, and the
 * next ones flow. The handlers' "effect" is a row in CH_INBOX (any table written in the same transaction would do).
 */
class ConsumerRunnerTest {

    private static final Instant T0 = Instant.parse("2026-12-02T02:00:00Z");
    private static final String DEPARTED = "org/countyhall/staff/DEPARTED";
    private static final String CREATED = "org/countyhall/staff/CREATED";

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private final TestClock clock = new TestClock(T0);
    private final List<String> audited = new ArrayList<>();
    private LocalTransactions tx;
    private Jdbc jdbc;
    private Outbox outbox;

    @BeforeEach
    void setUp() {
        tx = new LocalTransactions(db.dataSource());
        jdbc = new Jdbc(tx.dataSource());
        outbox = new Outbox(jdbc, Json.mapper(), Clock.fixed(T0, ZoneOffset.UTC), tx, () -> { });
    }

    @Test
    void eachEventOfItsTopicsIsHandledOnceInOrderAndARestartReplaysNothing() {
        long first = append(DEPARTED, "S-001");
        append(CREATED, "S-002");
        long third = append(DEPARTED, "S-003");
        ConsumerRunner node = runner(10);
        Effects departed = new Effects("windows.staff-departed", DEPARTED);
        assertEquals(ConsumerRunner.Start.STARTED, node.add(departed));

        assertEquals(2, node.runOnce());
        assertEquals(0, node.runOnce(), "nothing new");
        assertEquals(List.of(first, third), departed.handled);
        assertEquals(List.of(first, third), effects("windows.staff-departed"));

        ConsumerRunner restarted = runner(10);
        Effects again = new Effects("windows.staff-departed", DEPARTED);
        restarted.add(again);
        assertEquals(0, restarted.runOnce(), "the cursor survived the restart");
        long fourth = append(DEPARTED, "S-004");
        assertEquals(1, restarted.runOnce());
        assertEquals(List.of(fourth), again.handled);
    }

    @Test
    void anEventWrittenWhileTheConsumerWasGoneIsHandledWhenItComesBackAndANewNameStartsFromTheFirst() {
        ConsumerRunner node = runner(10);
        Effects departed = new Effects("windows.staff-departed", DEPARTED);
        node.add(departed);
        long before = append(DEPARTED, "S-001");
        node.runOnce();
        node.remove(departed); // the windows feature uninstalled
        long whileAway = append(DEPARTED, "S-002");
        assertEquals(0, node.runOnce());

        Effects back = new Effects("windows.staff-departed", DEPARTED);
        node.add(back);
        assertEquals(1, node.runOnce());
        assertEquals(List.of(whileAway), back.handled);

        Effects fresh = new Effects("badges.staff-departed", "org/countyhall/staff/");
        node.add(fresh);
        node.runOnce();
        assertEquals(List.of(before, whileAway), fresh.handled);
    }

    @Test
    void catchUpReadsInBatchesAndOneBatchIsOneTransaction() {
        for (int i = 0; i < 7; i++) {
            append(DEPARTED, "S-" + i);
        }
        ConsumerRunner node = runner(3);
        Effects departed = new Effects("windows.staff-departed", DEPARTED);
        node.add(departed);

        assertEquals(7, node.runOnce());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), effects("windows.staff-departed"));
        assertEquals(List.of(3, 3, 1), departed.batchSizes(), "three transactions, not seven");
    }

    @Test
    void twoNodesRunningAtOnceHandleEveryEventExactlyOnce() throws Exception {
        int events = 120;
        ConsumerRunner a = runner(10);
        ConsumerRunner b = runner(10);
        Effects onA = new Effects("windows.staff-departed", DEPARTED);
        Effects onB = new Effects("windows.staff-departed", DEPARTED);
        a.add(onA);
        b.add(onB);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < events; i++) {
                    append(DEPARTED, "S-" + i);
                }
                writing.set(false);
            });
            List<Future<?>> nodes = new ArrayList<>();
            for (ConsumerRunner node : List.of(a, b)) {
                nodes.add(pool.submit(() -> {
                    while (writing.get() || node.runOnce() > 0) {
                        node.runOnce();
                    }
                }));
            }
            writer.get(60, TimeUnit.SECONDS);
            for (Future<?> n : nodes) {
                n.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Long> handled = effects("windows.staff-departed");
        assertEquals(java.util.stream.LongStream.rangeClosed(1, events).boxed().toList(), handled.stream().sorted()
                .toList(), "every event once in the database");
        assertEquals(events, onA.handled.size() + onB.handled.size() - onA.rolledBack - onB.rolledBack,
                "handled once between the two nodes");
    }

    @Test
    void aFailingEventIsRetriedAfter1248SecondsThenParkedAndTheNextEventsFlow() {
        long ok = append(DEPARTED, "S-001");
        long bad = append(DEPARTED, "S-BAD");
        long next = append(DEPARTED, "S-003");
        ConsumerRunner node = runner(10);
        Effects departed = new Effects("windows.staff-departed", DEPARTED);
        departed.failOn = "S-BAD";
        node.add(departed);

        assertEquals(1, node.runOnce(), "the batch failed; one by one, the first event passes");
        assertEquals(List.of(ok), effects("windows.staff-departed"), "the failing event's own write rolled back");
        ConsumerRunner.ConsumerStatus failing = node.status().get(0);
        assertEquals(bad, failing.failingSeq());
        assertEquals(1, failing.attempts());
        assertEquals(T0.plusSeconds(1), failing.retryAt());
        for (int wait : new int[] {1, 2, 4, 8}) {
            assertEquals(0, node.runOnce(), "waiting for the back-off");
            clock.advance(Duration.ofSeconds(wait));
            node.runOnce();
        }

        assertEquals(List.of(ok, next), effects("windows.staff-departed"), "parked after 5 attempts, the next flows");
        List<ConsumerRunner.ParkedEvent> parked = node.parked(null);
        assertEquals(1, parked.size());
        assertEquals(bad, parked.get(0).seq());
        assertEquals(5, parked.get(0).attempts());
        assertEquals("java.lang.IllegalStateException", parked.get(0).failure(), "no message: it may quote data");
        ConsumerRunner.ConsumerStatus status = node.status().get(0);
        assertEquals(next, status.cursor());
        assertEquals(0, status.waiting());
        assertEquals(1, status.parked());
        assertEquals(null, status.failingSeq());

        departed.failOn = null; // the cause was fixed
        node.retry("windows.staff-departed", bad);
        assertEquals(List.of(ok, bad, next), effects("windows.staff-departed").stream().sorted().toList());
        assertEquals(List.of(), node.parked("windows.staff-departed"));
        assertEquals(List.of("event.retry consumer/windows.staff-departed seq=" + bad), audited);
        assertThrows(NotFoundException.class, () -> node.retry("windows.staff-departed", bad), "no longer parked");
    }

    @Test
    void aRetryThatFailsAgainKeepsTheEventParkedAndASkipGivesItUpAudited() {
        long bad = append(DEPARTED, "S-BAD");
        ConsumerRunner node = new ConsumerRunner(jdbc, tx, reader(), clock, audit(), 10, 1);
        Effects departed = new Effects("windows.staff-departed", DEPARTED);
        departed.failOn = "S-BAD";
        node.add(departed);
        node.runOnce();
        assertEquals(1, node.parked(null).size(), "maxAttempts 1: parked at the first failure");

        ConflictException again = assertThrows(ConflictException.class, () -> node.retry("windows.staff-departed", bad));
        assertEquals("event-retry-failed", again.code());
        assertEquals("Event " + bad + " failed again in windows.staff-departed and stays parked: "
                + "java.lang.IllegalStateException", again.getMessage());
        assertEquals(2, node.parked(null).get(0).attempts());
        assertEquals(List.of(), effects("windows.staff-departed"));

        node.skip("windows.staff-departed", bad);
        assertEquals(List.of(), node.parked(null));
        assertEquals(List.of("event.skip consumer/windows.staff-departed seq=" + bad), audited);
        assertThrows(NotFoundException.class, () -> node.skip("windows.staff-departed", bad));
        assertThrows(NotFoundException.class, () -> node.retry("no.such-consumer", bad));
    }

    @Test
    void aBadNameIsRefusedAndATakenNameWaitsUntilTheOldConsumerIsRemoved() {
        ConsumerRunner node = runner(10);
        assertEquals(ConsumerRunner.Start.INVALID, node.add(new Effects("Windows Departed", DEPARTED)));
        Effects old = new Effects("windows.staff-departed", DEPARTED);
        assertEquals(ConsumerRunner.Start.STARTED, node.add(old));
        Effects replacement = new Effects("windows.staff-departed", DEPARTED);
        assertEquals(ConsumerRunner.Start.NAME_TAKEN, node.add(replacement), "the old one of the bundle still runs");
        assertEquals(1, node.status().size());

        node.remove(replacement); // not the one running: changes nothing
        assertEquals(1, node.status().size());
        node.remove(old);
        assertEquals(ConsumerRunner.Start.STARTED, node.add(replacement));
        long next = append(DEPARTED, "S-001");
        node.runOnce();
        assertEquals(List.of(next), replacement.handled);
        assertEquals(List.of(), old.handled);
    }

    @Test
    void backOffDoublesToAMinuteAndOnlyDomainMessagesAreKept() {
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L), java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(ConsumerRunner::backoff).map(Duration::toSeconds).toList());
        assertEquals("ValidationException: " + new ValidationException("staffNumber", "unknown").getMessage(), ConsumerRunner.describe(
                new IllegalStateException(new ValidationException("staffNumber", "unknown"))));
        assertEquals("java.sql.SQLException", ConsumerRunner.describe(
                new org.countyhall.core.internal.db.DataAccessException(new java.sql.SQLException("dup 110101..."))));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private ConsumerRunner runner(int batch) {
        return new ConsumerRunner(jdbc, tx, reader(), clock, audit(), batch, 5);
    }

    private long append(String topic, String staffNumber) {
        tx.required(() -> outbox.append(topic, Map.of("staffNumber", staffNumber), "clerk"));
        List<OutboxEvent> n = outbox.numberPass(tx, 500);
        return n.get(n.size() - 1).seq();
    }

    /** The seqs whose effect row committed, for one consumer. */
    private List<Long> effects(String consumer) {
        return jdbc.list("SELECT BODY FROM CH_INBOX WHERE USERNAME = ? ORDER BY ID", rs -> Long.parseLong(rs.getString(1)),
                consumer);
    }

    private EventOutbox reader() {
        return new EventOutbox() {
            @Override
            public String append(String topic, Map<String, Object> payload) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<OutboxEvent> read(long afterSeq, String topicPrefix, int limit) {
                return outbox.read(afterSeq, topicPrefix, limit);
            }
        };
    }

    private AuditLog audit() {
        return new AuditLog() {
            @Override
            public void record(String action, String target, String detail) {
                audited.add(action + " " + target + " " + detail);
            }

            @Override
            public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A consumer whose effect is a row in the same transaction; it throws for one staff number when told to. */
    private final class Effects implements EventConsumer {
        final String name;
        final String topics;
        final List<Long> handled = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> transactions = java.util.Collections.synchronizedList(new ArrayList<>());
        volatile String failOn;
        volatile int rolledBack;

        Effects(String name, String topics) {
            this.name = name;
            this.topics = topics;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String topics() {
            return topics;
        }

        @Override
        public void handle(OutboxEvent event) {
            jdbc.update("INSERT INTO CH_INBOX (USERNAME, SUBJECT, BODY, SENT_AT) VALUES (?, ?, ?, ?)",
                    name, "handled", Long.toString(event.seq()), T0);
            handled.add(event.seq());
            transactions.add(Thread.currentThread().getName() + "/" + System.identityHashCode(currentConnection()));
            if (event.payload().get("staffNumber").equals(failOn)) {
                rolledBack++;
                throw new IllegalStateException("cannot vacate " + event.payload().get("staffNumber"));
            }
        }

        private Object currentConnection() {
            try (java.sql.Connection c = tx.dataSource().getConnection()) {
                return c;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** How many events each transaction handled, in order. */
        List<Integer> batchSizes() {
            List<Integer> sizes = new ArrayList<>();
            String last = null;
            for (String t : transactions) {
                if (t.equals(last)) {
                    sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + 1);
                } else {
                    sizes.add(1);
                }
                last = t;
            }
            return sizes;
        }
    }
}
