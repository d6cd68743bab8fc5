package org.countyhall.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A database left by the previous release (core schema V2, with a fixture of every table) is upgraded at start to
 * the current version and keeps every row; runs on Derby, and on PostgreSQL in CI.
 */
class CoreUpgradeTest {

    private static final List<String> TABLES = List.of("CH_USER", "CH_USER_ROLE", "CH_AUDIT", "CH_OUTBOX",
            "CH_JOB_CLAIM", "CH_INBOX", "CH_CAL_DAY");

    @RegisterExtension
    static final TestDatabase db = TestDatabase.atVersion(2);

    @Test
    void aVersion2DatabaseIsUpgradedToTheCurrentVersionAndKeepsEveryRow() throws IOException {
        Jdbc jdbc = new Jdbc(db.dataSource());
        for (String statement : fixture("fixtures/core-v2.sql")) {
            jdbc.execute(statement);
        }
        Map<String, Long> before = counts(jdbc);
        assertEquals(List.of(2L, 3L, 2L, 3L, 1L, 1L, 2L), List.copyOf(before.values()));

        MigrationResult result = new Migrator().migrateResources(db.dataSource(), "core", TestDatabase.coreScripts());

        assertEquals(List.of(3, 4), result.applied());
        assertEquals(4, result.currentVersion());
        assertEquals(before, counts(jdbc));
        // V3's counter continues after the events the old identity column numbered, so none is numbered twice
        assertEquals(3L, jdbc.count("SELECT LAST_SEQ FROM CH_OUTBOX_COUNTER WHERE ID = 1"));
        // V4: nothing waits to be numbered, no consumer has a cursor yet (each starts from the first event)
        assertEquals(0L, jdbc.count("SELECT COUNT(*) FROM CH_OUTBOX_PENDING"));
        assertEquals(0L, jdbc.count("SELECT COUNT(*) FROM CH_EVENT_CONSUMER"));
        assertEquals(List.of("clerk1:S001:2:4", "admin:null:0:1"), jdbc.list("SELECT USERNAME, STAFF_NUMBER, "
                + "FAILED_COUNT, ROW_VERSION FROM CH_USER ORDER BY USERNAME DESC", rs -> rs.getString(1) + ":"
                + rs.getString(2) + ":" + rs.getInt(3) + ":" + rs.getInt(4)));
        assertEquals(List.of("国庆节", "国庆调休"), jdbc.list("SELECT NAME FROM CH_CAL_DAY ORDER BY DAY_DATE",
                rs -> rs.getString(1)));
    }

    private static Map<String, Long> counts(Jdbc jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.count("SELECT COUNT(*) FROM " + t)));
        return counts;
    }

    /** The fixture's statements: one per line that ends with ';', comment lines skipped. */
    private static List<String> fixture(String resource) throws IOException {
        try (InputStream in = CoreUpgradeTest.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("--"))
                    .map(l -> l.substring(0, l.lastIndexOf(';'))).toList();
        }
    }
}
