package org.countyhall.core.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.db.TxHooks;
import org.countyhall.core.internal.db.TestDatabase;
import org.countyhall.core.internal.db.TestDatabase.SingleConnection;
import org.countyhall.core.internal.rest.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An event exists only if the transaction that caused it committed, and is published exactly once after commit. */
class OutboxTest {

    private static final Instant NOW = Instant.parse("2026-11-27T01:30:00Z");
    private static final String DEPARTED = "org/countyhall/staff/DEPARTED";
    private static final String ISSUED = "org/countyhall/permits/ISSUED";

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private final List<OutboxEvent> published = new ArrayList<>();
    private SingleConnection connection;
    private TestTransaction tx;
    private Outbox outbox;


    @BeforeEach
    void setUp() {
        connection = db.singleConnection();
        tx = new TestTransaction(connection);
        outbox = new Outbox(new Jdbc(connection.dataSource()), Json.mapper(), Clock.fixed(NOW, ZoneOffset.UTC), tx,
                published::add);
    }

    @AfterEach
    void tearDown() throws SQLException {
        connection.close();
    }

    @Test
    void rolledBackAppendLeavesNoRowAndPublishesNothing() throws SQLException {
        outbox.append(DEPARTED, Map.of("staffNumber", "S-017"), "clerk.li");
        assertEquals(1, outbox.read(0, null, 10).size(), "visible inside its own transaction");

        tx.rollback();

        assertEquals(0, db.committedRows("CH_OUTBOX"));
        assertEquals(List.of(), outbox.read(0, null, 10));
        assertEquals(List.of(), published);
    }

    @Test
    void committedAppendStoresOneRowAndPublishesItOnceAfterCommit() throws SQLException {
        OutboxEvent event = outbox.append(DEPARTED, Map.of("staffNumber", "S-017", "days", 3, "final", true),
                "clerk.li");
        assertEquals(List.of(), published, "nothing is published before the commit");

        tx.commit();
        tx.commit(); // a later, empty transaction publishes nothing again

        assertEquals(1, db.committedRows("CH_OUTBOX"));
        assertEquals(List.of(event), published);
        assertEquals(DEPARTED, event.topic());
        assertEquals(NOW, event.occurredAt());
        assertEquals("clerk.li", event.actor());
        assertEquals(Map.of("staffNumber", "S-017", "days", 3, "final", true), event.payload());
        assertEquals(List.of(event), outbox.read(0, null, 10), "stored with the same id, seq, topic and payload");
    }

    @Test
    void twoAppendsInOneTransactionGetIncreasingSeqAndReadIsACursor() throws SQLException {
        OutboxEvent first = outbox.append(DEPARTED, Map.of("staffNumber", "S-017"), "clerk.li");
        OutboxEvent second = outbox.append(ISSUED, Map.of("permit", 42), null);
        tx.commit();

        assertTrue(second.seq() > first.seq(), first.seq() + " then " + second.seq());
        assertEquals(List.of(first, second), published);
        assertEquals(List.of(first, second), outbox.read(0, null, 10));
        assertEquals(List.of(second), outbox.read(first.seq(), null, 10));
        assertEquals(List.of(), outbox.read(second.seq(), null, 10));
        assertEquals(List.of(first), outbox.read(0, null, 1));
    }

    @Test
    void readFiltersByTopicPrefix() throws SQLException {
        OutboxEvent staff = outbox.append(DEPARTED, Map.of("staffNumber", "S-017"), "clerk.li");
        OutboxEvent permit = outbox.append(ISSUED, Map.of("permit", 42), "clerk.li");
        tx.commit();

        assertEquals(List.of(staff), outbox.read(0, "org/countyhall/staff/", 10));
        assertEquals(List.of(permit), outbox.read(0, "org/countyhall/permits", 10));
        assertEquals(List.of(), outbox.read(0, "org/countyhall/badges/", 10));
        assertEquals(List.of(staff, permit), outbox.read(0, "", 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/countyhall/Staff/departed", "foo", "org/countyhall/staff/", ""})
    void invalidTopicIsRejectedAndNothingWritten(String topic) throws SQLException {
        assertThrows(IllegalArgumentException.class, () -> outbox.append(topic, Map.of("a", 1), "clerk.li"));

        assertNothingWrittenOrPublished();
    }

    static Stream<Arguments> notPlainPayloads() {
        return Stream.of(
                Arguments.of(Map.of("staff", List.of("S-017", "S-018"))),
                Arguments.of(Map.of("since", LocalDate.of(2026, 11, 27))),
                Arguments.of(Map.of("nested", Map.of("a", 1))));
    }

    @ParameterizedTest
    @MethodSource("notPlainPayloads")
    void payloadValueThatIsNotStringNumberOrBooleanIsRejected(Map<String, Object> payload) throws SQLException {
        assertThrows(IllegalArgumentException.class, () -> outbox.append(DEPARTED, payload, "clerk.li"));

        assertNothingWrittenOrPublished();
    }

    @Test
    void payloadOver8000CharactersIsRejectedAndNothingWritten() throws SQLException {
        String wrapper = "{\"text\":\"\"}";
        Map<String, Object> tooLong = Map.of("text", "x".repeat(8001 - wrapper.length()));

        assertThrows(IllegalArgumentException.class, () -> outbox.append(DEPARTED, tooLong, "clerk.li"));

        assertNothingWrittenOrPublished();
    }

    @Test
    void payloadOfExactly8000CharactersIsAccepted() throws SQLException {
        String wrapper = "{\"text\":\"\"}";
        String text = "x".repeat(8000 - wrapper.length());

        outbox.append(DEPARTED, Map.of("text", text), "clerk.li");
        tx.commit();

        assertEquals(1, db.committedRows("CH_OUTBOX"));
        assertEquals(Map.of("text", text), outbox.read(0, null, 1).get(0).payload());
    }

    private void assertNothingWrittenOrPublished() throws SQLException {
        assertEquals(List.of(), outbox.read(0, null, 10), "nothing inside the transaction");
        tx.commit();
        assertEquals(0, db.committedRows("CH_OUTBOX"));
        assertEquals(List.of(), published);
    }

    /** The test's transaction: after-commit actions run only when the test commits, and are dropped on rollback. */
    @Test
    void aSecondTransactionWaitsForTheFirstSoSequenceOrderIsCommitOrder() throws Exception {
        outbox.append("org/countyhall/badges/CARD_ISSUED", Map.of("card", "C-1"), "clerk1");
        SingleConnection other = db.singleConnection();
        TestTransaction otherTx = new TestTransaction(other);
        Outbox second = new Outbox(new Jdbc(other.dataSource()), Json.mapper(), Clock.fixed(NOW, ZoneOffset.UTC),
                otherTx, published::add);
        java.util.concurrent.CompletableFuture<OutboxEvent> waiting = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> second.append("org/countyhall/badges/CARD_ISSUED", Map.of("card", "C-2"), "clerk2"));
        try {
            // while the first transaction is open the second one cannot take a number
            assertThrows(java.util.concurrent.TimeoutException.class,
                    () -> waiting.get(500, java.util.concurrent.TimeUnit.MILLISECONDS));
            tx.commit();
            OutboxEvent later = waiting.get(10, java.util.concurrent.TimeUnit.SECONDS);
            otherTx.commit();
            assertEquals(2, later.seq(), "the transaction that committed second has the higher number");
            assertEquals(List.of(1L, 2L), outbox.read(0, null, 10).stream().map(OutboxEvent::seq).toList());
        } finally {
            other.close();
        }
    }

    private static final class TestTransaction implements TxHooks {

        private final SingleConnection connection;
        private final List<Runnable> pending = new ArrayList<>();

        TestTransaction(SingleConnection connection) {
            this.connection = connection;
        }

        @Override
        public void afterCommit(Runnable action) {
            pending.add(action);
        }

        void commit() throws SQLException {
            connection.commit();
            List<Runnable> actions = List.copyOf(pending);
            pending.clear();
            actions.forEach(Runnable::run);
        }

        void rollback() throws SQLException {
            connection.rollback();
            pending.clear();
        }
    }
}
