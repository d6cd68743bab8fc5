package org.countyhall.core.internal.event;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.db.TxHooks;

/**
 * The outbox rules, free of OSGi: validate an event, insert it with the caller's connection (so it shares the
 * caller's transaction) and hand it to the publisher only after that transaction commits. Appending holds the
 * sequence counter's row lock until the transaction ends, so append events last in a transaction.
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
    private final Consumer<OutboxEvent> publisher;

    public Outbox(Jdbc jdbc, ObjectMapper json, Clock clock, TxHooks hooks, Consumer<OutboxEvent> publisher) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.hooks = hooks;
        this.publisher = publisher;
    }

    /** Inserts the event in the current transaction and schedules its publication after commit. */
    public OutboxEvent append(String topic, Map<String, Object> payload, String actor) {
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
        Instant now = clock.instant();
        // the counter row stays locked until this transaction ends: sequence order = commit order
        jdbc.update("UPDATE CH_OUTBOX_COUNTER SET LAST_SEQ = LAST_SEQ + 1 WHERE ID = 1");
        long seq = jdbc.one("SELECT LAST_SEQ FROM CH_OUTBOX_COUNTER WHERE ID = 1", rs -> rs.getLong(1)).orElseThrow();
        jdbc.update("INSERT INTO CH_OUTBOX (SEQ, EVENT_ID, TOPIC, OCCURRED_AT, ACTOR, PAYLOAD) VALUES (?, ?, ?, ?, ?, ?)",
                seq, id, topic, now, actor, body);
        OutboxEvent event = new OutboxEvent(seq, id, topic, now, actor, payload);
        hooks.afterCommit(() -> publisher.accept(event));
        return event;
    }

    /** Events after {@code afterSeq}, oldest first. */
    public List<OutboxEvent> read(long afterSeq, String topicPrefix, int limit) {
        List<Object> params = new ArrayList<>(List.of(afterSeq));
        String where = " WHERE SEQ > ?";
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
