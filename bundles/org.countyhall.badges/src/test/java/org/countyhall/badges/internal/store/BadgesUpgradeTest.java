package org.countyhall.badges.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.countyhall.testing.JpaTestDatabase;
import org.countyhall.testing.SchemaUpgrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A badges database made by schema V1 (a fixture in its tables) is upgraded by core's Migrator, as at start: every
 * row kept, the doors table and the card-list change log added empty with their sequence at 0, the card sequence
 * where it was; on Derby, and on PostgreSQL in CI.
 */
class BadgesUpgradeTest {

    private static final List<String> TABLES = List.of("BADGES_HOLDER", "BADGES_CARD", "BADGES_LINE",
            "BADGES_FINDING");

    @RegisterExtension
    static final JpaTestDatabase db = JpaTestDatabase.empty("badges");

    @Test
    void aVersion1DatabaseGainsTheDoorsAndTheChangeLogAndKeepsEveryRow() {
        SchemaUpgrade upgrade = new SchemaUpgrade(db, "badges");
        assertEquals(List.of(1), upgrade.migrateTo(1).applied());
        upgrade.load("fixtures/badges-v1.sql");
        List<Long> before = upgrade.counts(TABLES);
        assertEquals(List.of(1L, 1L, 1L, 1L), before);

        assertEquals(new SchemaUpgrade.Result(List.of(2), 2), upgrade.migrateAll());

        assertEquals(before, upgrade.counts(TABLES));
        assertEquals(List.of(0L, 0L), upgrade.counts(List.of("BADGES_DOOR", "BADGES_CARD_CHANGE")));
        assertEquals(List.of("card:1", "card-change:0"), upgrade.list("SELECT NAME, LAST_VALUE FROM BADGES_SEQUENCE "
                + "ORDER BY NAME", rs -> rs.getString(1) + ":" + rs.getLong(2)));
        assertEquals(List.of("C000001:ACTIVE:04A1B2C3"), upgrade.list("SELECT CARD_NUMBER, STATE, LIVE_CHIP FROM "
                + "BADGES_CARD", rs -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3)));
    }
}
