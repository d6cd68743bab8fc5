package org.countyhall.staff.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.countyhall.testing.JpaTestDatabase;
import org.countyhall.testing.SchemaUpgrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A staff database made by schema V1 (a fixture in its tables) is upgraded by core's Migrator, as at start, keeps
 * every row, gives everybody no roles and no phone until the office sets them, and flags who already has a photo; on
 * Derby, and on PostgreSQL in CI.
 */
class StaffUpgradeTest {

    private static final List<String> TABLES = List.of("STAFF_MEMBER", "STAFF_QUALIFICATION");

    @RegisterExtension
    static final JpaTestDatabase db = JpaTestDatabase.empty("staff");

    @Test
    void aVersion1DatabaseGainsTheRolesTableThePhoneColumnAndThePhotoFlagAndKeepsEveryRow() {
        SchemaUpgrade upgrade = new SchemaUpgrade(db, "staff");
        assertEquals(List.of(1), upgrade.migrateTo(1).applied());
        upgrade.load("fixtures/staff-v1.sql");
        List<Long> before = upgrade.counts(TABLES);
        assertEquals(List.of(2L, 2L), before);
        assertEquals(1, upgrade.update("INSERT INTO STAFF_PHOTO (STAFF_NUMBER, MEDIA_TYPE, CONTENT, SIZE_BYTES, "
                + "UPDATED_AT) VALUES (?, ?, ?, ?, ?)", "S002", "image/png", new byte[] {1, 2, 3}, 3,
                java.sql.Timestamp.valueOf("2026-11-03 01:00:00")));

        assertEquals(new SchemaUpgrade.Result(List.of(2, 3, 4), 4), upgrade.migrateAll());

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
        assertEquals(List.of("S001:false:2", "S002:true:3"), upgrade.list("SELECT STAFF_NUMBER, HAS_PHOTO, VERSION "
                + "FROM STAFF_MEMBER ORDER BY STAFF_NUMBER", rs -> rs.getString(1) + ":" + rs.getBoolean(2) + ":"
                + rs.getLong(3)));
    }
}
