package org.countyhall.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class MigratorTest {

    private static final Migration V1 = new Migration(1, "init",
            "-- permits table\n"
                    + "CREATE TABLE PERMIT (ID INT NOT NULL PRIMARY KEY, NAME VARCHAR(50));\n"
                    + "INSERT INTO PERMIT VALUES (1, 'first');\n");
    private static final Migration V2 = new Migration(2, "add_status",
            "ALTER TABLE PERMIT ADD COLUMN STATUS VARCHAR(10);\n"
                    + "UPDATE PERMIT SET STATUS = 'OPEN';\n");
    private static final Migration V3 = new Migration(3, "more_permits",
            "INSERT INTO PERMIT VALUES (2, 'second', 'NEW');\n");

    private final Migrator migrator = new Migrator();
    private EmbeddedDataSource ds;

    @BeforeAll
    static void quietDerby() {
        // Keep derby.log out of the working directory.
        System.setProperty("derby.stream.error.file",
                new File(System.getProperty("java.io.tmpdir"), "countyhall-migrator-test-derby.log").getPath());
    }

    @BeforeEach
    void createDatabase() {
        ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:migr" + UUID.randomUUID().toString().replace("-", ""));
        ds.setCreateDatabase("create");
    }

    @AfterEach
    void dropDatabase() {
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(ds.getDatabaseName());
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException expected) {
            // Derby signals a successful drop with SQLState 08006.
        }
    }

    @Test
    void appliesInOrderThenNothingOnRerun() throws SQLException {
        MigrationResult first = migrator.migrate(ds, "permits", List.of(V2, V1)); // order of the list is irrelevant

        assertEquals(List.of(1, 2), first.applied());
        assertEquals(2, first.currentVersion());
        assertEquals(List.of("1:first:OPEN"), query("SELECT ID, NAME, STATUS FROM PERMIT"));
        assertEquals(List.of("1:init:" + V1.checksum(), "2:add_status:" + V2.checksum()),
                query("SELECT VERSION, DESCRIPTION, CHECKSUM FROM CH_SCHEMA_VERSION WHERE DOMAIN = 'permits'"
                        + " ORDER BY VERSION"));

        MigrationResult second = migrator.migrate(ds, "permits", List.of(V1, V2));

        assertEquals(List.of(), second.applied());
        assertEquals(2, second.currentVersion());
    }

    @Test
    void laterScriptIsAppliedAloneAndKeepsEarlierData() throws SQLException {
        migrator.migrate(ds, "permits", List.of(V1, V2));

        MigrationResult result = migrator.migrate(ds, "permits", List.of(V1, V2, V3));

        assertEquals(List.of(3), result.applied());
        assertEquals(3, result.currentVersion());
        assertEquals(List.of("1:first:OPEN", "2:second:NEW"), query("SELECT ID, NAME, STATUS FROM PERMIT ORDER BY ID"));
    }

    @Test
    void domainsAreIndependent() throws SQLException {
        migrator.migrate(ds, "permits", List.of(V1));
        Migration other = new Migration(1, "init", "CREATE TABLE FEE (ID INT);");

        MigrationResult result = migrator.migrate(ds, "fees", List.of(other));

        assertEquals(List.of(1), result.applied());
        assertEquals(List.of("fees:1", "permits:1"),
                query("SELECT DOMAIN, VERSION FROM CH_SCHEMA_VERSION ORDER BY DOMAIN"));
    }

    @Test
    void failingScriptRollsBackTheWholeRun() throws SQLException {
        Migration badV2 = new Migration(2, "add_status",
                "ALTER TABLE PERMIT ADD COLUMN STATUS VARCHAR(10);\n"
                        + "UPDATE PERMIT SET NO_SUCH_COLUMN = 'secret-value';\n");

        MigrationException e = assertThrows(MigrationException.class,
                () -> migrator.migrate(ds, "permits", List.of(V1, badV2)));

        assertEquals("permits", e.domain());
        assertEquals(2, e.version());
        assertEquals(2, e.statement());
        assertTrue(e.getMessage().contains("'permits'") && e.getMessage().contains("V2")
                && e.getMessage().contains("statement 2"), e.getMessage());
        assertFalse(e.getMessage().contains("secret-value"), e.getMessage());
        assertTrue(e.getCause() instanceof SQLException);
        // V1 ran in the same transaction, so it is gone too.
        assertFalse(tableExists("PERMIT"));
        assertEquals(List.of(), query("SELECT VERSION FROM CH_SCHEMA_VERSION"));

        MigrationResult retry = migrator.migrate(ds, "permits", List.of(V1, V2));
        assertEquals(List.of(1, 2), retry.applied());
    }

    @Test
    void failureInALaterRunKeepsEarlierRuns() throws SQLException {
        migrator.migrate(ds, "permits", List.of(V1));
        Migration bad = new Migration(2, "bad", "CREATE TABLE OK_TABLE (ID INT);\nthis is not sql;\n");

        assertThrows(MigrationException.class, () -> migrator.migrate(ds, "permits", List.of(V1, bad)));

        assertTrue(tableExists("PERMIT"));
        assertFalse(tableExists("OK_TABLE"));
        assertEquals(List.of("1"), query("SELECT VERSION FROM CH_SCHEMA_VERSION"));
    }

    @Test
    void changedScriptIsRefused() throws SQLException {
        migrator.migrate(ds, "permits", List.of(V1));
        Migration edited = new Migration(1, "init", V1.sql() + "INSERT INTO PERMIT VALUES (9, 'sneaky');\n");

        MigrationException e = assertThrows(MigrationException.class,
                () -> migrator.migrate(ds, "permits", List.of(edited, V2)));

        assertEquals("permits", e.domain());
        assertEquals(1, e.version());
        assertTrue(e.getMessage().contains("changed after it was applied"), e.getMessage());
        assertFalse(columnExists("PERMIT", "STATUS"), "V2 must not run after a checksum mismatch");
    }

    @Test
    void scriptOlderThanNewestAppliedIsRefused() throws SQLException {
        migrator.migrate(ds, "permits", List.of(V1, V2, V3));
        Migration late = new Migration(2, "late", "CREATE TABLE LATE (ID INT);");

        MigrationException e = assertThrows(MigrationException.class,
                () -> migrator.migrate(ds, "permits", List.of(V1, late, new Migration(4, "x", "SELECT 1 FROM PERMIT"))));

        assertEquals(2, e.version());
    }

    @Test
    void appliedVersionsUnknownToTheBundleAreTolerated() throws SQLException {
        migrator.migrate(ds, "permits", List.of(V1, V2, V3));

        MigrationResult result = migrator.migrate(ds, "permits", List.of(V1)); // an older bundle

        assertEquals(List.of(), result.applied());
        assertEquals(3, result.currentVersion());
    }

    @Test
    void emptyScriptIsRecorded() throws SQLException {
        MigrationResult result = migrator.migrate(ds, "permits", List.of(new Migration(1, "noop", "-- nothing\n")));

        assertEquals(List.of(1), result.applied());
    }

    @Test
    void invalidArgumentsAreRejectedBeforeTouchingTheDatabase() {
        assertThrows(IllegalArgumentException.class, () -> migrator.migrate(ds, " ", List.of(V1)));
        assertThrows(IllegalArgumentException.class, () -> migrator.migrate(ds, "x".repeat(65), List.of(V1)));
        assertThrows(IllegalArgumentException.class,
                () -> migrator.migrate(ds, "permits", List.of(V1, new Migration(1, "again", "SELECT 1"))));
    }

    @Test
    void dialectVariantIsChosenFromTheDatabase() throws SQLException {
        Map<String, String> resources = Map.of(
                "db/permits/V1__init.sql", "CREATE TABLE PERMIT (ID SERIAL PRIMARY KEY);", // not Derby SQL
                "db/permits/V1__init.derby.sql",
                "CREATE TABLE PERMIT (ID INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY);",
                "db/permits/V2__data.sql", "INSERT INTO PERMIT VALUES (DEFAULT);");

        MigrationResult result = migrator.migrateResources(ds, "permits", resources);

        assertEquals(List.of(1, 2), result.applied());
        assertEquals(List.of("1"), query("SELECT ID FROM PERMIT"));
        try (Connection c = ds.getConnection()) {
            assertEquals(Dialect.DERBY, Dialect.of(c));
        }
    }

    @RepeatedTest(5)
    void concurrentMigrationsApplyEachVersionOnce() throws Exception {
        int nodes = 4;
        CyclicBarrier start = new CyclicBarrier(nodes);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<MigrationResult>> futures = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                Callable<MigrationResult> node = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return migrator.migrate(ds, "permits", List.of(V1, V2, V3));
                };
                futures.add(pool.submit(node));
            }
            List<Integer> appliedByAll = new ArrayList<>();
            for (Future<MigrationResult> f : futures) {
                MigrationResult r = f.get(60, TimeUnit.SECONDS); // rethrows any node's failure
                appliedByAll.addAll(r.applied());
                assertEquals(3, r.currentVersion());
            }
            appliedByAll.sort(null);
            assertEquals(List.of(1, 2, 3), appliedByAll);
            assertEquals(List.of("1", "2", "3"), query("SELECT VERSION FROM CH_SCHEMA_VERSION ORDER BY VERSION"));
            assertEquals(List.of("1:first:OPEN", "2:second:NEW"), query("SELECT ID, NAME, STATUS FROM PERMIT ORDER BY ID"));
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? ":" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    private boolean columnExists(String table, String column) throws SQLException {
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, null, table, column)) {
            return rs.next();
        }
    }
}
