package org.countyhall.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.countyhall.core.internal.db.DirectTransactions;
import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.db.TestDatabase;
import org.countyhall.core.internal.security.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Logins in CH_AUDIT: alike attempts are one record with a count, written by the flush, never at the login. */
class LoginAuditTest {

    private static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private final TestClock clock = new TestClock(T0);
    private final DeferredAudit writer = new DeferredAudit(db.dataSource(), DirectTransactions.INSTANCE, clock,
            java.util.Optional::empty, false);
    private final LoginAudit audit = new LoginAudit(writer, clock, false);

    @Test
    void nothingIsWrittenAtTheLoginAndAlikeFailuresBecomeOneRecordWithTheirCount() {
        audit.failed("clerk.li", "198.51.100.2");
        clock.advance(Duration.ofSeconds(2));
        audit.failed("clerk.li", "198.51.100.2");
        audit.failed("clerk.li", "198.51.100.3");
        audit.failed(null, "198.51.100.2");
        audit.failed(null, "198.51.100.2");
        audit.refused(null, "198.51.100.2", "too-many-failed-logins");
        assertEquals(0, db.committedRows("CH_AUDIT"), "a login never waits for a write");

        flush();

        assertEquals(List.of(
                "2026-12-02T01:00:00Z clerk.li null login.failure user/clerk.li address=198.51.100.2, count=2, "
                        + "last=2026-12-02T01:00:02Z",
                "2026-12-02T01:00:02Z (unknown) null login.refused null address=198.51.100.2, "
                        + "code=too-many-failed-logins, count=1",
                "2026-12-02T01:00:02Z (unknown) null login.failure null address=198.51.100.2, count=2",
                "2026-12-02T01:00:02Z clerk.li null login.failure user/clerk.li address=198.51.100.3, count=1"),
                rows());
        flush();
        assertEquals(4, db.committedRows("CH_AUDIT"), "a flush with nothing pending writes nothing");
    }

    @Test
    void aRestLoginIsRecordedOncePerAccountAndAddressPerHourAndEveryConsoleLogin() {
        audit.succeeded("clerk.li", "S-017", "198.51.100.1");
        audit.succeeded("admin", null, "");
        flush();
        clock.advance(Duration.ofMinutes(59));
        audit.succeeded("clerk.li", "S-017", "198.51.100.1"); // the same working session: HTTP Basic checks again
        audit.succeeded("clerk.li", "S-017", "198.51.100.9");
        audit.succeeded("admin", null, "");
        flush();
        clock.advance(Duration.ofMinutes(1));
        audit.succeeded("clerk.li", "S-017", "198.51.100.1");
        flush();

        assertEquals(List.of(
                "2026-12-02T01:00:00Z admin null login.success user/admin address=console, count=1",
                "2026-12-02T01:00:00Z clerk.li S-017 login.success user/clerk.li address=198.51.100.1, count=1",
                "2026-12-02T01:59:00Z admin null login.success user/admin address=console, count=1",
                "2026-12-02T01:59:00Z clerk.li S-017 login.success user/clerk.li address=198.51.100.9, count=1",
                "2026-12-02T02:00:00Z clerk.li S-017 login.success user/clerk.li address=198.51.100.1, count=1"),
                rows());
    }

    @Test
    void beyondTheBoundOfPendingRecordsAttemptsAreCountedInOneDroppedRecord() {
        for (int i = 0; i < LoginAudit.MAX_PENDING + 25; i++) {
            audit.refused(null, "10.0." + (i / 256) + "." + (i % 256), "login-busy");
        }
        audit.refused(null, "10.0.0.0", "login-busy"); // a record already pending still counts

        flush();

        assertEquals(LoginAudit.MAX_PENDING + 1, db.committedRows("CH_AUDIT"));
        Jdbc jdbc = new Jdbc(db.dataSource());
        assertEquals("count=25 (more distinct login records pending than 10000)",
                jdbc.one("SELECT DETAIL FROM CH_AUDIT WHERE ACTION_NAME = 'login.dropped'", rs -> rs.getString(1))
                        .orElseThrow());
        assertEquals("address=10.0.0.0, code=login-busy, count=2", jdbc.one(
                "SELECT DETAIL FROM CH_AUDIT WHERE DETAIL LIKE 'address=10.0.0.0,%'", rs -> rs.getString(1)).orElseThrow());
    }

    private List<String> rows() {
        return new Jdbc(db.dataSource()).list("SELECT OCCURRED_AT, USERNAME, STAFF_NUMBER, ACTION_NAME, TARGET, DETAIL "
                + "FROM CH_AUDIT ORDER BY OCCURRED_AT, USERNAME, DETAIL", rs -> Jdbc.instant(rs, "OCCURRED_AT") + " "
                        + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5) + " "
                        + rs.getString(6));
    }

    private void flush() {
        audit.flush();
        writer.flush();
    }
}
