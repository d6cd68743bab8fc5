package org.countyhall.core.internal.event;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.core.internal.db.Dialect;
import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.db.TxHooks;

/**
 * The outbox rules, free of OSGi. {@link #append} validates an event and inserts it into CH_OUTBOX_PENDING with the
 * caller's connection (so it shares the caller's transaction), taking no lock another writer needs; once that
 * transaction commits it wakes the publisher. {@link #numberPass} is the publisher's step: it moves committed
 * pending events to CH_OUTBOX in the order they were inserted and gives them their sequence numbers, holding the
 * counter's row lock for its own short transaction only. Numbers are thus handed out in the order events became readable,
 * and a reader that moved its cursor to N never misses an event that appears later with a smaller number.
 */
public final class Outbox {

    /** {@code org/countyhall/<domain>/<FACT>}, as architecture.md names topics. */
    static final Pattern TOPIC = Pattern.compile("org/countyhall/[a-z0-9-]+/[A-Z][A-Z0-9_]*");
    static final int MAX_PAYLOAD_CHARS = 8000;

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final TxHooks hooks;
    private final Runnable committed;
    private volatile Dialect dialect;

    /** {@code committed} runs after each transaction that appended commits (it wakes the publisher). */
    public Outbox(Jdbc jdbc, ObjectMapper json, Clock clock, TxHooks hooks, Runnable committed) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.hooks = hooks;
        this.committed = committed;
    }

    /** Inserts the event, unnumbered, in the current transaction; returns its id. */
    public String append(String topic, Map<String, Object> payload, String actor) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("topic must look like org/countyhall/<domain>/<FACT>: " + topic);
        }
        if (payload == null) {
            throw new IllegalArgumentException("payload is required (may be empty)");
        }
        for (Map.Entry<String, Object> e : payload.entrySet()) {
            Object v = e.getValue();
            if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                throw new IllegalArgumentException("payload value '" + e.getKey() + "' must be a string, number or "
                        + "boolean, not " + (v == null ? "null (leave the key out instead)" : v.getClass().getName()));
            }
        }
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload cannot be written as JSON", e);
        }
        if (body.length() > MAX_PAYLOAD_CHARS) {
            throw new IllegalArgumentException("payload longer than " + MAX_PAYLOAD_CHARS + " characters");
        }
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO CH_OUTBOX_PENDING (EVENT_ID, TOPIC, OCCURRED_AT, ACTOR, PAYLOAD) VALUES (?, ?, ?, ?, ?)",
                id, topic, clock.instant(), actor, body);
        hooks.afterCommit(committed);
        return id;
    }

    /**
     * One publishing pass: numbers up to {@code max} committed pending events, oldest first, each pass in
     * transactions of its own, and returns them. The counter's row lock makes one numbering transaction at a time,
     * cluster-wide. Which pending rows have committed is read first:
     * <ul>
     * <li>PostgreSQL reads a snapshot taken when the statement starts, so the numbering transaction reads them
     * itself: a row that committed before another transaction began is in every snapshot that holds the later one.
     * <li>Derby reads rows as it goes, not a snapshot: a row inserted behind the read's position while it waited for
     * an uncommitted one would be passed over and numbered after later events of the same writer (OutboxTest caught
     * it). So a short transaction of its own reads them first with serializable range locks ({@code WITH RR}): an
     * insert into the range waits for that read (not for the numbering), and the read sees exactly the rows that
     * committed before it, in id order.
     * </ul>
     */
    public List<OutboxEvent> numberPass(Transactions tx, int max) {
        if (dialect() != Dialect.DERBY) {
            return tx.required(() -> number(max, null));
        }
        List<Long> committed = tx.required(() -> jdbc.list("SELECT ID FROM CH_OUTBOX_PENDING ORDER BY ID "
                + "OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY WITH RR", rs -> rs.getLong(1), max));
        return committed.isEmpty() ? List.of() : tx.required(() -> number(max, committed));
    }

    /** Numbers the pending rows of {@code ids} that are still pending, or (null) the first {@code max} it sees. */
    private List<OutboxEvent> number(int max, List<Long> ids) {
        jdbc.update("UPDATE CH_OUTBOX_COUNTER SET LAST_SEQ = LAST_SEQ WHERE ID = 1");
        long seq = jdbc.one("SELECT LAST_SEQ FROM CH_OUTBOX_COUNTER WHERE ID = 1", rs -> rs.getLong(1)).orElseThrow();
        String select = "SELECT ID, EVENT_ID, TOPIC, OCCURRED_AT, ACTOR, PAYLOAD FROM CH_OUTBOX_PENDING";
        Jdbc.Row<Pending> row = rs -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3),
                Jdbc.instant(rs, "OCCURRED_AT"), rs.getString(5), rs.getString(6));
        List<Pending> pending = ids == null
                ? jdbc.list(select + " ORDER BY ID OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY", row, max)
                : jdbc.list(select + " WHERE ID IN (" + marks(ids.size()) + ") ORDER BY ID", row, ids.toArray());
        if (pending.isEmpty()) {
            return List.of();
        }
        List<OutboxEvent> numbered = new ArrayList<>(pending.size());
        List<Object[]> rows = new ArrayList<>(pending.size());
        List<Object> idParams = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            seq++;
            rows.add(new Object[] {seq, p.eventId, p.topic, p.occurredAt, p.actor, p.payload});
            idParams.add(p.id);
            numbered.add(new OutboxEvent(seq, p.eventId, p.topic, p.occurredAt, p.actor, parse(p.payload)));
        }
        jdbc.batch("INSERT INTO CH_OUTBOX (SEQ, EVENT_ID, TOPIC, OCCURRED_AT, ACTOR, PAYLOAD) VALUES (?, ?, ?, ?, ?, ?)",
                rows);
        // by id, never by range: on PostgreSQL a row below the highest id may commit meanwhile, not yet numbered
        jdbc.update("DELETE FROM CH_OUTBOX_PENDING WHERE ID IN (" + marks(idParams.size()) + ")", idParams.toArray());
        jdbc.update("UPDATE CH_OUTBOX_COUNTER SET LAST_SEQ = ? WHERE ID = 1", seq);
        return numbered;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private Dialect dialect() {
        Dialect d = dialect;
        if (d == null) {
            d = jdbc.dialect();
            dialect = d;
        }
        return d;
    }

    /** The highest sequence number handed out. */
    public long head() {
        return jdbc.one("SELECT LAST_SEQ FROM CH_OUTBOX_COUNTER WHERE ID = 1", rs -> rs.getLong(1)).orElse(0L);
    }

    private record Pending(long id, String eventId, String topic, Instant occurredAt, String actor, String payload) {
    }

    /**
     * Events after {@code afterSeq}, oldest first, up to the head numbered when the read began: every number up to
     * it has committed, so whatever order the database scans rows in, none below the last one returned is missing.
     */
    public List<OutboxEvent> read(long afterSeq, String topicPrefix, int limit) {
        long head = head();
        List<Object> params = new ArrayList<>(List.of(afterSeq, head));
        String where = " WHERE SEQ > ? AND SEQ <= ?";
        if (topicPrefix != null && !topicPrefix.isBlank()) {
            where += " AND TOPIC" + Jdbc.LIKE_PREFIX;
            params.add(Jdbc.prefix(topicPrefix));
        }
        return jdbc.page("SELECT SEQ, EVENT_ID, TOPIC, OCCURRED_AT, ACTOR, PAYLOAD FROM CH_OUTBOX" + where
                + " ORDER BY SEQ", 0, limit, rs -> new OutboxEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Jdbc.instant(rs, "OCCURRED_AT"), rs.getString(5), parse(rs.getString(6))),
                params.toArray());
    }

    private Map<String, Object> parse(String body) {
        try {
            return json.readValue(body, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable outbox payload", e);
        }
    }
}
