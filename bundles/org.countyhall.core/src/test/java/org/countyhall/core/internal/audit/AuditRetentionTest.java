package org.countyhall.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.internal.config.CoreConfig;
import org.countyhall.core.internal.config.TestCoreConfig;
import org.countyhall.core.internal.db.DirectTransactions;
import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.db.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Audit records are kept for ever by default, and never fewer than 180 days (网络安全法 art. 21). */
class AuditRetentionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void zeroKeepsForEverAndAnythingBelow180DaysIsRaisedTo180() {
        assertEquals(0, AuditRetention.effectiveDays(0));
        assertEquals(0, AuditRetention.effectiveDays(-5));
        assertEquals(180, AuditRetention.effectiveDays(1));
        assertEquals(180, AuditRetention.effectiveDays(179));
        assertEquals(180, AuditRetention.effectiveDays(180));
        assertEquals(400, AuditRetention.effectiveDays(400));
        assertEquals(Optional.empty(), AuditRetention.cutoff(LocalDate.of(2027, 6, 30), 0, SHANGHAI));
        // 180 days before 2027-06-30 is 2027-01-01, from midnight in Shanghai (16:00 UTC the day before)
        assertEquals(Optional.of(Instant.parse("2026-12-31T16:00:00Z")),
                AuditRetention.cutoff(LocalDate.of(2027, 6, 30), 30, SHANGHAI));
    }

    @Test
    void theJobRemovesOnlyRecordsOlderThanTheRetentionAndSaysSo() {
        Jdbc jdbc = new Jdbc(db.dataSource());
        for (String at : new String[] {"2026-12-31T15:59:59Z", "2026-12-31T16:00:00Z", "2027-06-29T08:00:00Z"}) {
            jdbc.update("INSERT INTO CH_AUDIT (OCCURRED_AT, USERNAME, ACTION_NAME) VALUES (?, ?, ?)",
                    Instant.parse(at), "clerk", "user.create");
        }
        List<String> recorded = new ArrayList<>();
        AuditRetentionJob job = new AuditRetentionJob(db.dataSource(), DirectTransactions.INSTANCE, recording(recorded), null, config(180));

        job.run(LocalDate.of(2027, 6, 30));

        assertEquals(2, db.committedRows("CH_AUDIT"), "the one record from before 2027-01-01 (Shanghai) is gone");
        assertEquals(List.of("audit.purge audit before=2026-12-31T16:00:00Z rows=1"), recorded);

        AuditRetentionJob forEver = new AuditRetentionJob(db.dataSource(), DirectTransactions.INSTANCE, recording(recorded), null, config(0));
        forEver.run(LocalDate.of(2099, 1, 1));
        assertEquals(2, db.committedRows("CH_AUDIT"));
        assertEquals(1, recorded.size(), "kept for ever: nothing purged, nothing recorded");
    }

    private static AuditLog recording(List<String> into) {
        return new AuditLog() {
            @Override
            public void record(String action, String target, String detail) {
                into.add(action + " " + target + " " + detail);
            }

            @Override
            public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static CoreConfig config(int retentionDays) {
        return TestCoreConfig.with(Map.of("audit_retentionDays", retentionDays));
    }
}
