package org.countyhall.windows.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.db.MigrationResult;
import org.countyhall.core.internal.db.Migrator;
import org.countyhall.testing.JpaTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A windows database made by the previous schema version (V1, with a fixture in every table) is upgraded by core's
 * Migrator, as at start, and keeps every row; runs on Derby, and on PostgreSQL in CI.
 */
class WindowsUpgradeTest {

    private static final List<String> OLD_TABLES = List.of("WINDOW_REGISTRY", "WINDOW_ITEM", "WINDOW_LEAVE");
    private static final List<String> TABLES = List.of("WINDOWS_REGISTRY", "WINDOWS_ITEM", "WINDOWS_LEAVE");

    @RegisterExtension
    static final JpaTestDatabase db = JpaTestDatabase.empty("windows");

    @Test
    void aVersion1DatabaseIsUpgradedToTheCurrentVersionAndKeepsEveryRow() throws IOException {
        Map<String, String> v1 = new TreeMap<>(db.scriptResources());
        v1.keySet().removeIf(name -> !name.startsWith("db/windows/V1__"));
        assertEquals(List.of(1), new Migrator().migrateResources(db.dataSource(), "windows", v1).applied());
        Jdbc jdbc = new Jdbc(db.dataSource());
        for (String statement : fixture("fixtures/windows-v1.sql")) {
            jdbc.execute(statement);
        }
        List<Long> before = counts(jdbc, OLD_TABLES);
        assertEquals(List.of(2L, 3L, 2L), before);

        MigrationResult result = new Migrator().migrateResources(db.dataSource(), "windows", db.scriptResources());

        // V2: the coverage lock; V3: the tables renamed WINDOWS_* (the domain word)
        assertEquals(List.of(2, 3), result.applied());
        assertEquals(3, result.currentVersion());
        assertEquals(before, counts(jdbc, TABLES));
        assertEquals(List.of("01:S001:S002:3", "V-07:S003:null:1"), jdbc.list("SELECT WINDOW_NUMBER, A_STAFF, B_STAFF, "
                + "VERSION FROM WINDOWS_REGISTRY ORDER BY WINDOW_NUMBER", rs -> rs.getString(1) + ":" + rs.getString(2)
                + ":" + rs.getString(3) + ":" + rs.getLong(4)));
        assertEquals(List.of("1:S001:2026-12-03:S004:年休假", "2:S002:2026-12-10:null:null"), jdbc.list("SELECT ID, "
                + "STAFF_NUMBER, FIRST_DAY, SUBSTITUTE, REASON FROM WINDOWS_LEAVE ORDER BY ID", rs -> rs.getLong(1) + ":"
                + rs.getString(2) + ":" + rs.getDate(3) + ":" + rs.getString(4) + ":" + rs.getString(5)));
        // V2's lock row is there and can be taken
        assertEquals(1, jdbc.update("UPDATE WINDOWS_COVERAGE_LOCK SET LOCKS = LOCKS + 1 WHERE ID = ?", 1));
    }

    private static List<Long> counts(Jdbc jdbc, List<String> tables) {
        return tables.stream().map(t -> jdbc.count("SELECT COUNT(*) FROM " + t)).toList();
    }

    /** The fixture's statements: one per line ending with ';', comment lines skipped. */
    private static List<String> fixture(String resource) throws IOException {
        try (InputStream in = WindowsUpgradeTest.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("--"))
                    .map(l -> l.substring(0, l.length() - 1)).toList();
        }
    }
}
