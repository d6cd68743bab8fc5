package org.countyhall.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareDatabaseTest {

    static {
        // Keep derby.log out of the working directory, as TestDatabase does.
        System.setProperty("derby.stream.error.file",
                Path.of(System.getProperty("java.io.tmpdir"), "countyhall-test-derby.log").toString());
    }

    @TempDir
    Path dir;

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void shutdown(Path db) {
        try {
            DriverManager.getConnection("jdbc:derby:" + db + ";shutdown=true").close();
        } catch (SQLException expected) {
            // 08006: shut down
        }
    }

    @Test
    void readsCoresScriptsFromItsOwnClassPathEntry() throws Exception {
        Map<String, String> scripts = PrepareDatabase.scripts("db/core");
        assertTrue(scripts.containsKey("/db/core/V1__core_tables.sql"), scripts.keySet().toString());
        assertEquals(scripts.size(), Migration.select(scripts, Dialect.DERBY).size());
    }

    @Test
    void createsCoresSchemaAndNothingElseEvenOverAUsedDatabase() throws Exception {
        Path db = dir.resolve("data/countyhall/derby");
        int versions = Migration.select(PrepareDatabase.scripts("db/core"), Dialect.DERBY).size();

        MigrationResult first = PrepareDatabase.prepare(db);
        assertEquals(versions, first.currentVersion());
        // a start of the assembly folder writes users into the database; the next build must not ship them
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + db)) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO CH_USER (USERNAME, PASSWORD_HASH, ENABLED, FAILED_COUNT, CREATED_AT, "
                        + "UPDATED_AT, ROW_VERSION) VALUES ('admin', 'x', TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            }
            assertEquals(1, count(c, "SELECT COUNT(*) FROM CH_USER"));
        }
        shutdown(db);

        MigrationResult again = PrepareDatabase.prepare(db);
        assertEquals(versions, again.currentVersion());
        List<Integer> all = new ArrayList<>();
        for (int v = 1; v <= versions; v++) {
            all.add(v);
        }
        assertEquals(all, again.applied(), "created anew, every script applied");
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + db)) {
            assertEquals(0, count(c, "SELECT COUNT(*) FROM CH_USER"));
            assertEquals(versions, count(c, "SELECT COUNT(*) FROM CH_SCHEMA_VERSION WHERE DOMAIN = 'core'"));
            assertEquals(versions, count(c, "SELECT COUNT(*) FROM CH_SCHEMA_VERSION"));
        }
        shutdown(db);
    }
}
