package org.countyhall.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.ActorContext;
import org.countyhall.core.internal.db.DirectTransactions;
import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.db.TestDatabase;
import org.countyhall.core.internal.security.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The http.* trail of REST writes: queued with its actor and time, written in batches, never dropped. */
class DeferredAuditTest {

    private static final Instant T0 = Instant.parse("2026-12-02T03:00:00Z");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private final TestClock clock = new TestClock(T0);
    private Actor actor = new Actor("clerk.li", "S-017", Set.of("office"));
    private final ActorContext actors = () -> Optional.of(actor);
    private final DeferredAudit audit = new DeferredAudit(db.dataSource(), DirectTransactions.INSTANCE, clock, actors,
            false);

    @Test
    void aRecordKeepsTheActorAndTimeOfTheRequestAndIsWrittenByTheFlush() {
        audit.record("http.POST", "/api/v1/staff", "status=201");
        clock.advance(Duration.ofSeconds(1));
        actor = new Actor("admin", null, Set.of("admin"));
        audit.record("http.PUT", "/api/v1/staff/S-017", "status=200");
        assertEquals(0, db.committedRows("CH_AUDIT"), "the request did not wait for a write");

        audit.flush();

        assertEquals(List.of("2026-12-02T03:00:00Z clerk.li S-017 http.POST /api/v1/staff status=201",
                "2026-12-02T03:00:01Z admin null http.PUT /api/v1/staff/S-017 status=200"), rows());
    }

    @Test
    void whenTheQueueIsFullTheRecordingThreadWritesAndNothingIsLost() {
        int queued = 10_000;
        for (int i = 0; i <= queued; i++) {
            audit.record("http.POST", "/api/v1/staff/" + i, "status=201");
        }
        assertEquals(1, db.committedRows("CH_AUDIT"), "the one beyond the queue's 10,000 was written at once");
        audit.flush();
        assertEquals(queued + 1, db.committedRows("CH_AUDIT"));
    }

    private List<String> rows() {
        return new Jdbc(db.dataSource()).list("SELECT OCCURRED_AT, USERNAME, STAFF_NUMBER, ACTION_NAME, TARGET, DETAIL "
                + "FROM CH_AUDIT ORDER BY ID", rs -> Jdbc.instant(rs, "OCCURRED_AT") + " " + rs.getString(2) + " "
                        + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5) + " " + rs.getString(6));
    }
}
