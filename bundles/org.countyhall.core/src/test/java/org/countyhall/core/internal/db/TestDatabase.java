package org.countyhall.core.internal.db;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Test support, as a JUnit extension: a Derby in-memory database with core's tables made by the real Migrator
 * and scripts, created once per test class ({@code @RegisterExtension static final TestDatabase db = new
 * TestDatabase();}) and emptied before each test (dropping a Derby database takes 0.5 s).
 *
 * <p>With {@code -Dcountyhall.test.db.url=jdbc:postgresql://...} (and {@code .user}, {@code .password}) the same
 * tests run on PostgreSQL instead, each class in a schema of its own that is dropped afterwards; {@code .ci/run}
 * does this with the cluster it starts.
 */
public final class TestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** The folder of core's real migration scripts, on the test class path. */
    public static final String CORE_SCRIPTS = "db/core";

    static {
        // Keep derby.log out of the working directory.
        System.setProperty("derby.stream.error.file",
                new File(System.getProperty("java.io.tmpdir"), "countyhall-test-derby.log").getPath());
    }

    private static final String PG_URL = System.getProperty("countyhall.test.db.url", "");

    private final int upToVersion;
    private DataSource dataSource;
    private String derbyName;
    private String pgSchema;

    /** Core's schema at its latest version. */
    public TestDatabase() {
        this(Integer.MAX_VALUE);
    }

    private TestDatabase(int upToVersion) {
        this.upToVersion = upToVersion;
    }

    /** Core's schema as an older release left it: only the scripts up to {@code version} (for upgrade tests). */
    public static TestDatabase atVersion(int version) {
        return new TestDatabase(version);
    }

    /** A new empty database with core's schema made by the real scripts (all, or up to the version asked). */
    @Override
    public void beforeAll(ExtensionContext context) {
        DataSource ds;
        if (PG_URL.isBlank()) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derbyName = "memory:core" + UUID.randomUUID().toString().replace("-", "");
            derby.setDatabaseName(derbyName);
            derby.setCreateDatabase("create");
            ds = derby;
        } else {
            pgSchema = "t" + UUID.randomUUID().toString().replace("-", "");
            new Jdbc(postgres(null)).execute("CREATE SCHEMA " + pgSchema);
            ds = postgres(pgSchema);
        }
        Map<String, String> scripts = new java.util.TreeMap<>(coreScripts());
        scripts.keySet().removeIf(name -> version(name) > upToVersion);
        MigrationResult result = new Migrator().migrateResources(ds, "core", scripts);
        if (result.applied().size() != scripts.size()) {
            throw new IllegalStateException("expected all core scripts to be applied, got " + result.applied());
        }
        dataSource = ds;
    }

    /** The version of a script name such as {@code db/core/V3__outbox_counter.sql}. */
    static int version(String scriptName) {
        String file = scriptName.substring(scriptName.lastIndexOf('/') + 2);
        return Integer.parseInt(file.substring(0, file.indexOf("__")));
    }

    private static DataSource postgres(String schema) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(PG_URL);
        pg.setUser(System.getProperty("countyhall.test.db.user", ""));
        pg.setPassword(System.getProperty("countyhall.test.db.password", ""));
        if (schema != null) {
            pg.setCurrentSchema(schema);
        }
        return pg;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        deleteAllRows();
    }

    /** Empties every core table (CH_SCHEMA_VERSION and the schema stay), so each test starts from nothing. */
    public void deleteAllRows() {
        Jdbc jdbc = new Jdbc(dataSource);
        List<String> tables = pgSchema == null
                ? jdbc.list("SELECT TABLENAME FROM SYS.SYSTABLES WHERE TABLETYPE = 'T' "
                        + "AND TABLENAME LIKE 'CH!_%' ESCAPE '!' AND TABLENAME <> ?", rs -> rs.getString(1), Migrator.TABLE)
                : jdbc.list("SELECT UPPER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? "
                        + "AND UPPER(TABLE_NAME) LIKE 'CH!_%' ESCAPE '!' AND UPPER(TABLE_NAME) <> ?",
                        rs -> rs.getString(1), pgSchema, Migrator.TABLE);
        if (!tables.contains("CH_USER")) {
            throw new IllegalStateException("core's tables not found, only " + tables);
        }
        tables.stream().filter(t -> !t.equals("CH_OUTBOX_COUNTER")).forEach(table -> jdbc.update("DELETE FROM " + table));
        if (tables.contains("CH_OUTBOX_COUNTER")) {
            jdbc.update("UPDATE CH_OUTBOX_COUNTER SET LAST_SEQ = 0"); // a one-row table made by V3: reset, keep
        }
    }

    /** Plain autocommit connections. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Rows of {@code table}, read on a new autocommit connection (so only committed rows count). */
    public long committedRows(String table) {
        return new Jdbc(dataSource).count("SELECT COUNT(*) FROM " + table);
    }

    /** One connection with autocommit off, for a test that commits or rolls back itself. */
    public SingleConnection singleConnection() {
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            return new SingleConnection(c);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (pgSchema != null) {
            new Jdbc(postgres(null)).execute("DROP SCHEMA " + pgSchema + " CASCADE");
            return;
        }
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(derbyName);
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException expected) {
            // Derby signals a successful drop with SQLState 08006.
        }
    }

    /** Every core script by name, read from the test class path (target/classes). */
    public static Map<String, String> coreScripts() {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(TestDatabase.class.getClassLoader().getResource(CORE_SCRIPTS).toURI());
            Map<String, String> out = new java.util.TreeMap<>();
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                    out.put(CORE_SCRIPTS + "/" + f.getFileName(), java.nio.file.Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            return out;
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One open transaction: {@link #dataSource()} hands out this connection every time, behind a proxy whose
     * {@code close()} does nothing, so every {@link Jdbc} call joins the same transaction.
     */
    public static final class SingleConnection implements AutoCloseable {

        private final Connection connection;
        private final DataSource dataSource;

        SingleConnection(Connection connection) {
            this.connection = connection;
            Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            this.dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            return unclosable;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        public DataSource dataSource() {
            return dataSource;
        }

        public void commit() throws SQLException {
            connection.commit();
        }

        public void rollback() throws SQLException {
            connection.rollback();
        }

        /** Rolls back whatever is still open and closes the real connection. */
        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }
}
