package org.countyhall.windows.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.countyhall.testing.JpaTestDatabase;
import org.countyhall.testing.SchemaUpgrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A windows database made by an earlier schema version (V1, with a fixture in every table) is upgraded by core's
 * Migrator, as at start, and keeps every row; runs on Derby, and on PostgreSQL in CI.
 */
class WindowsUpgradeTest {

    private static final List<String> OLD_TABLES = List.of("WINDOW_REGISTRY", "WINDOW_ITEM", "WINDOW_LEAVE");
    private static final List<String> TABLES = List.of("WINDOWS_REGISTRY", "WINDOWS_ITEM", "WINDOWS_LEAVE");

    @RegisterExtension
    static final JpaTestDatabase db = JpaTestDatabase.empty("windows");

    @Test
    void aVersion1DatabaseIsUpgradedToTheCurrentVersionAndKeepsEveryRow() {
        SchemaUpgrade upgrade = new SchemaUpgrade(db, "windows");
        assertEquals(List.of(1), upgrade.migrateTo(1).applied());
        upgrade.load("fixtures/windows-v1.sql");
        List<Long> before = upgrade.counts(OLD_TABLES);
        assertEquals(List.of(2L, 3L, 2L), before);

        SchemaUpgrade.Result result = upgrade.migrateAll();

        // V2: the coverage lock; V3: the tables renamed WINDOWS_* (the domain word)
        assertEquals(new SchemaUpgrade.Result(List.of(2, 3), 3), result);
        assertEquals(before, upgrade.counts(TABLES));
        assertEquals(List.of("01:S001:S002:3", "V-07:S003:null:1"), upgrade.list("SELECT WINDOW_NUMBER, A_STAFF, "
                + "B_STAFF, VERSION FROM WINDOWS_REGISTRY ORDER BY WINDOW_NUMBER", rs -> rs.getString(1) + ":"
                + rs.getString(2) + ":" + rs.getString(3) + ":" + rs.getLong(4)));
        assertEquals(List.of("1:S001:2026-12-03:S004:年休假", "2:S002:2026-12-10:null:null"), upgrade.list("SELECT ID, "
                + "STAFF_NUMBER, FIRST_DAY, SUBSTITUTE, REASON FROM WINDOWS_LEAVE ORDER BY ID", rs -> rs.getLong(1) + ":"
                + rs.getString(2) + ":" + rs.getDate(3) + ":" + rs.getString(4) + ":" + rs.getString(5)));
        // V2's lock row is there and can be taken
        assertEquals(1, upgrade.update("UPDATE WINDOWS_COVERAGE_LOCK SET LOCKS = LOCKS + 1 WHERE ID = ?", 1));
    }
}
