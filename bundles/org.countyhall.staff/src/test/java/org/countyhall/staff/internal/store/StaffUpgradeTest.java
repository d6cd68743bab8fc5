package org.countyhall.staff.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.countyhall.testing.JpaTestDatabase;
import org.countyhall.testing.SchemaUpgrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A staff database made by schema V1 (a fixture in its tables) is upgraded by core's Migrator, as at start, keeps
 * every row, and gives everybody no roles and no phone until the office sets them; on Derby, and on PostgreSQL in CI.
 */
class StaffUpgradeTest {

    private static final List<String> TABLES = List.of("STAFF_MEMBER", "STAFF_QUALIFICATION");

    @RegisterExtension
    static final JpaTestDatabase db = JpaTestDatabase.empty("staff");

    @Test
    void aVersion1DatabaseGainsTheRolesTableAndThePhoneColumnAndKeepsEveryRow() {
        SchemaUpgrade upgrade = new SchemaUpgrade(db, "staff");
        assertEquals(List.of(1), upgrade.migrateTo(1).applied());
        upgrade.load("fixtures/staff-v1.sql");
        List<Long> before = upgrade.counts(TABLES);
        assertEquals(List.of(2L, 2L), before);

        assertEquals(new SchemaUpgrade.Result(List.of(2, 3), 3), upgrade.migrateAll());

        assertEquals(before, upgrade.counts(TABLES));
        assertEquals(List.of("S001:ACTIVE:2", "S002:LEFT:3"), upgrade.list("SELECT STAFF_NUMBER, STATE, VERSION FROM "
                + "STAFF_MEMBER ORDER BY STAFF_NUMBER", rs -> rs.getString(1) + ":" + rs.getString(2) + ":"
                + rs.getLong(3)));
        assertEquals(List.of(0L), upgrade.counts(List.of("STAFF_ROLE")));
        assertEquals(1, upgrade.update("INSERT INTO STAFF_ROLE (STAFF_NUMBER, ROLE_NAME) VALUES (?, ?)", "S001",
                "WINDOW_STAFF"));
        assertEquals(List.of("S001:null", "S002:null"), upgrade.list("SELECT STAFF_NUMBER, PHONE FROM STAFF_MEMBER "
                + "ORDER BY STAFF_NUMBER", rs -> rs.getString(1) + ":" + rs.getString(2)));
        assertEquals(1, upgrade.update("UPDATE STAFF_MEMBER SET PHONE = ? WHERE STAFF_NUMBER = ?", "0571-88886666-123",
                "S001"));
    }
}
