package org.countyhall.testing;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.CodeSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.openjpa.persistence.PersistenceProviderImpl;
import org.countyhall.testing.Scripts.Script;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/** JUnit 5 extension: a domain's tables, made by its real scripts, and an OpenJPA unit over them, per test class. */
public final class JpaTestDatabase implements BeforeAllCallback, AfterAllCallback {

    // set (with .user and .password) to run on PostgreSQL instead of in-memory Derby, as .ci/run does; each test
    // class then gets a schema of its own, so classes of several modules can share one database
    private static final String PG_URL = System.getProperty("countyhall.test.db.url", "");

    private final String domain;
    private final boolean empty;
    private final List<Class<?>> entities;
    private int lockTimeoutSeconds;

    private String ownerId;
    private Map<Integer, Script> scripts;
    private Map<String, String> scriptResources;
    private DataSource dataSource;
    private final SqlRecorder sql = new SqlRecorder();
    private String derbyName;
    private String pgSchema;
    private EntityManagerFactory emf;

    /** The tables of {@code db/<domain>} and a persistence unit named {@code domain} of these entity classes. */
    public JpaTestDatabase(String domain, Class<?>... entities) {
        this(domain, false, entities);
        if (entities.length == 0) {
            throw new IllegalArgumentException("no entity classes for the " + domain + " unit");
        }
    }

    /**
     * A database with nothing in it (no script run, no persistence unit), for an upgrade test that applies the
     * domain's scripts with core's Migrator itself: {@link #scriptResources()} are what it reads from the bundle.
     */
    public static JpaTestDatabase empty(String domain) {
        return new JpaTestDatabase(domain, true);
    }

    private JpaTestDatabase(String domain, boolean empty, Class<?>... entities) {
        if (domain == null || !domain.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("a domain is the name of its db/<domain> folder, was " + domain);
        }
        this.empty = empty;
        this.domain = domain;
        this.entities = List.of(entities);
        if (System.getProperty("derby.stream.error.file") == null) {
            // keep derby.log out of the module folder; Derby reads this when it boots, at the first connection
            System.setProperty("derby.stream.error.file",
                    new File(System.getProperty("java.io.tmpdir"), "countyhall-" + domain + "-test-derby.log")
                            .getPath());
        }
    }

    /** Blocked row locks give up after {@code seconds} (Derby's waitTimeout, PostgreSQL's lock_timeout). */
    public JpaTestDatabase lockTimeoutSeconds(int seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("lock time-out must be at least one second, was " + seconds);
        }
        if (ownerId != null) {
            throw new IllegalStateException("the database is made already; set the lock time-out where it is declared");
        }
        this.lockTimeoutSeconds = seconds;
        return this;
    }

    /** Makes the database, runs the domain's scripts on it and builds the EntityManagerFactory. */
    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        if (ownerId != null) {
            return; // a @Nested class inherits the extension and shares its outer class's database
        }
        ownerId = context.getUniqueId();
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        // the scripts production runs, with a .derby.sql or .postgresql.sql variant replacing its version's plain one
        scripts = Scripts.select(loader, "db/" + domain, isPostgres() ? "postgresql" : "derby");
        scriptResources = new java.util.TreeMap<>();
        Scripts.read(loader, "db/" + domain).forEach((file, sql) -> scriptResources.put("db/" + domain + "/" + file, sql));
        dataSource = isPostgres() ? newSchema() : newDerby();
        if (empty) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (Script script : scripts.values()) {
                for (String sql : Scripts.statements(script.sql())) {
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException(script.resource() + " failed at: " + sql, e.getSQLState(), e);
                    }
                }
            }
            if (lockTimeoutSeconds > 0 && !isPostgres()) {
                // a database property, so it holds for every connection OpenJPA opens later
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '"
                        + lockTimeoutSeconds + "')");
            }
        }
        Properties props = new Properties();
        // the entities are enhanced at build time (openjpa-maven-plugin), as production needs; an unenhanced class
        // would be refused rather than run differently from production
        props.setProperty("openjpa.RuntimeUnenhancedClasses", "unsupported");
        // the scripts make the tables, as in production; OpenJPA must not add or change any
        props.setProperty("openjpa.jdbc.SynchronizeMappings", "false");
        props.setProperty("openjpa.Log", "DefaultLevel=WARN");
        List<String> names = entities.stream().map(Class::getName).toList();
        emf = new PersistenceProviderImpl().createContainerEntityManagerFactory(
                new TestUnit(domain, names, rootUrl(entities.get(0)), loader, sql.wrap(dataSource), props), props);
        if (emf == null) {
            throw new IllegalStateException("OpenJPA made no EntityManagerFactory for " + names);
        }
    }

    /** The class path entry (target/classes) holding the entity, as the unit's root. */
    private static URL rootUrl(Class<?> entity) {
        CodeSource source = entity.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException(entity + " has no code source to serve as the unit's root");
        }
        try {
            return source.getLocation().toURI().toURL();
        } catch (URISyntaxException | MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private DataSource newDerby() {
        derbyName = "memory:" + domain + "-" + UUID.randomUUID();
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(derbyName);
        derby.setCreateDatabase("create");
        return derby;
    }

    private DataSource newSchema() throws SQLException {
        String schema = "t" + UUID.randomUUID().toString().replace("-", "");
        execute(postgres(null), "CREATE SCHEMA " + schema);
        pgSchema = schema;
        return postgres(schema);
    }

    private DataSource postgres(String schema) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(PG_URL);
        pg.setUser(System.getProperty("countyhall.test.db.user", ""));
        pg.setPassword(System.getProperty("countyhall.test.db.password", ""));
        if (schema != null) {
            pg.setCurrentSchema(schema);
            if (lockTimeoutSeconds > 0) {
                pg.setOptions("-c lock_timeout=" + lockTimeoutSeconds + "s");
            }
        }
        return pg;
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Closes the EntityManagerFactory and drops the Derby database or the PostgreSQL schema. */
    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (!context.getUniqueId().equals(ownerId)) {
            return; // the end of a @Nested class: the outer class still uses the database
        }
        // also after a failed beforeAll, and whatever close() throws, so no schema is left in a shared PostgreSQL
        try {
            if (emf != null) {
                emf.close();
            }
        } finally {
            drop();
        }
    }

    private void drop() throws SQLException {
        if (pgSchema != null) {
            execute(postgres(null), "DROP SCHEMA " + pgSchema + " CASCADE");
        } else if (derbyName != null) {
            EmbeddedDataSource drop = new EmbeddedDataSource();
            drop.setDatabaseName(derbyName);
            drop.setConnectionAttributes("drop=true");
            try {
                drop.getConnection().close();
            } catch (SQLException expected) {
                // Derby reports a successful drop as SQLState 08006
            }
        }
    }

    /** Whether the tests run on PostgreSQL ({@code -Dcountyhall.test.db.url}) rather than in-memory Derby. */
    public boolean isPostgres() {
        return !PG_URL.isBlank();
    }

    /** Plain autocommit connections to the test database (its own schema on PostgreSQL). */
    /** The SQL OpenJPA prepared on this database (clear it before the step a test looks at). */
    public SqlRecorder sql() {
        return sql;
    }

    public DataSource dataSource() {
        return made(dataSource);
    }

    /** The factory of the unit, for tests that hold several EntityManagers open at once. */
    public EntityManagerFactory emf() {
        return made(emf);
    }

    /** The text of the script run for {@code version} on the database in use (its dialect variant if it has one). */
    public String script(int version) {
        Script script = made(scripts).get(version);
        if (script == null) {
            throw new IllegalArgumentException("no V" + version + " in db/" + domain + ", only " + scripts.keySet());
        }
        return script.sql();
    }

    /**
     * Every {@code db/<domain>/*.sql} resource by its path (dialect variants too), as core's Migrator gets them
     * from a bundle.
     */
    public Map<String, String> scriptResources() {
        return made(scriptResources);
    }

    /** The statements of a migration script, split as core's Migrator splits them: at a {@code ;} ending a line. */
    public static List<String> statements(String script) {
        return Scripts.statements(script);
    }

    /** Deletes every row of the tables, in the order given (so list a child table before its parent). */
    public void deleteAll(String... tables) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty " + Arrays.toString(tables), e);
        }
    }

    /** Runs {@code work} in a transaction of a new EntityManager and commits it; rolls back if anything throws. */
    public void write(Consumer<EntityManager> work) {
        writeAndReturn(em -> {
            work.accept(em);
            return null;
        });
    }

    /** As {@link #write}, returning what {@code work} returns (e.g. an id assigned at flush). */
    public <T> T writeAndReturn(Function<EntityManager, T> work) {
        EntityManager em = emf().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Runs {@code work} on a new EntityManager without a transaction, and closes it. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf().createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    private <T> T made(T thing) {
        if (thing == null) {
            throw new IllegalStateException("the " + domain + " test database is made in beforeAll: register "
                    + "JpaTestDatabase with @RegisterExtension on a static field and use it from the tests");
        }
        return thing;
    }
}
