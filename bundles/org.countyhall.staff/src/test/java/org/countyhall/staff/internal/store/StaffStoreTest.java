package org.countyhall.staff.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.SharedCacheMode;
import javax.persistence.ValidationMode;
import javax.persistence.spi.ClassTransformer;
import javax.persistence.spi.PersistenceUnitInfo;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.openjpa.persistence.PersistenceProviderImpl;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffQuery;
import org.countyhall.staff.api.StaffState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link StaffStore} and the staff entities on OpenJPA and in-memory Derby, with the tables of the real script.
 *
 * <p>With {@code -Dcountyhall.test.db.url=jdbc:postgresql://...} (and {@code .user}, {@code .password}) on PostgreSQL
 * instead, in a schema of its own that is dropped afterwards, as core's TestDatabase does.
 */
class StaffStoreTest {

    private static final String SCRIPT = "db/staff/V1__staff_tables.sql";
    private static final Instant NOW = Instant.parse("2024-03-15T02:30:45.123Z");
    private static final PageRequest ALL = new PageRequest(0, 50);

    private static final String PG_URL = System.getProperty("countyhall.test.db.url", "");

    private static DataSource dataSource;
    private static String pgSchema;
    private static EntityManagerFactory emf;

    static {
        // keep derby.log out of the module folder
        System.setProperty("derby.stream.error.file",
                new File(System.getProperty("java.io.tmpdir"), "countyhall-staff-test-derby.log").getPath());
    }

    @BeforeAll
    static void createDatabase() throws SQLException, IOException {
        dataSource = database();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements(script())) {
                s.execute(sql);
            }
        }
        Properties props = new Properties();
        props.setProperty("openjpa.RuntimeUnenhancedClasses", "unsupported");
        props.setProperty("openjpa.jdbc.SynchronizeMappings", "false");
        props.setProperty("openjpa.Log", "DefaultLevel=WARN");
        emf = new PersistenceProviderImpl().createContainerEntityManagerFactory(new TestUnit(dataSource, props),
                props);
        assertNotNull(emf, "OpenJPA made no EntityManagerFactory");
    }

    /** A new in-memory Derby database, or on PostgreSQL a new schema of this class's own. */
    private static DataSource database() throws SQLException {
        if (!onPostgres()) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName("memory:staff-" + UUID.randomUUID());
            derby.setCreateDatabase("create");
            return derby;
        }
        pgSchema = "t" + UUID.randomUUID().toString().replace("-", "");
        execute(postgres(null), "CREATE SCHEMA " + pgSchema);
        return postgres(pgSchema);
    }

    private static boolean onPostgres() {
        return !PG_URL.isBlank();
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

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (emf != null) {
            emf.close();
        }
        if (pgSchema != null) {
            execute(postgres(null), "DROP SCHEMA " + pgSchema + " CASCADE");
        } else if (dataSource instanceof EmbeddedDataSource derby) {
            EmbeddedDataSource drop = new EmbeddedDataSource();
            drop.setDatabaseName(derby.getDatabaseName());
            drop.setConnectionAttributes("drop=true");
            try {
                drop.getConnection().close();
            } catch (SQLException expected) {
                // Derby reports a successful drop as SQLState 08006
            }
        }
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM STAFF_QUALIFICATION");
            s.executeUpdate("DELETE FROM STAFF_PHOTO");
            s.executeUpdate("DELETE FROM STAFF_MEMBER");
        }
    }

    /** The real script for the database in use: on PostgreSQL its .postgresql.sql variant if there is one. */
    private static String script() throws IOException {
        ClassLoader loader = StaffStoreTest.class.getClassLoader();
        String variant = SCRIPT.replaceFirst("\\.sql$", ".postgresql.sql");
        String name = onPostgres() && loader.getResource(variant) != null ? variant : SCRIPT;
        try (InputStream in = loader.getResourceAsStream(name)) {
            assertNotNull(in, name + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The statements of a migration script: comment lines dropped, split at a ';' that ends a line. */
    static List<String> statements(String script) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\r?\n")) {
            if (!line.strip().startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String s : sql.toString().split(";[ \t]*\n")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** A resource-local unit with the two entities, instead of persistence.xml's JTA unit. */
    private record TestUnit(DataSource dataSource, Properties properties) implements PersistenceUnitInfo {

        @Override
        public String getPersistenceUnitName() {
            return "staff";
        }

        @Override
        public String getPersistenceProviderClassName() {
            return PersistenceProviderImpl.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            try {
                return StaffEntity.class.getProtectionDomain().getCodeSource().getLocation().toURI().toURL();
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<String> getManagedClassNames() {
            return List.of(StaffEntity.class.getName(), PhotoEntity.class.getName());
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.NONE;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return properties;
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "2.0";
        }

        @Override
        public ClassLoader getClassLoader() {
            return StaffStoreTest.class.getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            // the entities are enhanced at build time
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return getClassLoader();
        }
    }

    private static void write(Consumer<StaffStore> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(new StaffStore(em));
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static <R> R read(Function<StaffStore, R> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(new StaffStore(em));
        } finally {
            em.close();
        }
    }

    private static boolean holds(Predicate<StaffStore> condition) {
        return read(condition::test);
    }

    private static StaffEntity entity(String number, String name, String department, Building building,
            String position, String... qualifications) {
        StaffEntity e = new StaffEntity(number);
        e.edit(name, department, building, position, List.of(qualifications), NOW);
        return e;
    }

    private static void add(StaffEntity... entities) {
        write(store -> {
            for (StaffEntity e : entities) {
                store.add(e);
            }
        });
    }

    private static void addPhoto(String number) {
        write(store -> {
            PhotoEntity p = new PhotoEntity(number);
            p.replace("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, NOW);
            store.addPhoto(p);
        });
    }

    private static StaffMember find(String number) {
        return read(store -> store.find(number).map(store::member).orElseThrow());
    }

    private static List<String> numbers(StaffQuery q) {
        return read(store -> store.search(q, ALL)).items().stream().map(StaffMember::number).toList();
    }

    private static StaffQuery text(String text) {
        return new StaffQuery(text, null, null, null, null);
    }

    /** A small directory: two departments, both buildings, one person who left. */
    private static void addDirectory() {
        add(entity("S003", "王五", "不动产登记", Building.OTHER, null, "REAL.ESTATE"),
                entity("S001", "张三", "综合受理窗口", Building.MAIN, "科员", "370100-001", "TAX.INVOICE"),
                entity("T-10", "张小三", "税务", Building.MAIN, null, "TAX.INVOICE"),
                entity("S002", "李四", "综合受理窗口", Building.MAIN, "组长", "370100-001"),
                entity("S010", "Zhao Liu", "综合受理窗口", Building.OTHER, null, "370100-001"));
        write(store -> store.find("S002").orElseThrow().depart(LocalDate.of(2024, 3, 1), "调动", false, NOW));
    }

    private static boolean causedBy(Throwable t, String simpleName) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sqlStates(Throwable t) {
        List<String> states = new ArrayList<>();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql) {
                states.add(sql.getSQLState());
            }
        }
        return states;
    }

    private static String chain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            sb.append(c.getClass().getName()).append(" <- ");
        }
        return sb.toString();
    }

    @Test
    void theScriptIsSplitIntoItsFiveStatementsWithoutComments() throws IOException {
        List<String> statements = statements(script());

        assertEquals(5, statements.size());
        assertTrue(statements.get(0).startsWith("CREATE TABLE STAFF_MEMBER ("), statements.get(0));
        assertTrue(statements.stream().noneMatch(s -> s.contains("--") || s.contains(";")), statements.toString());
    }

    @Test
    void aPersistedMemberIsFoundWithEveryField() {
        add(entity("S001", "张三", "综合受理窗口", Building.OTHER, "科员", "TAX.INVOICE", "370100-001"));

        StaffMember m = find("S001");

        assertEquals(new StaffMember("S001", "张三", "综合受理窗口", Building.OTHER, "科员",
                List.of("370100-001", "TAX.INVOICE"), StaffState.ACTIVE, false, null, null, false, NOW, 1L), m);
    }

    @Test
    void anUnknownNumberIsNotFound() {
        add(entity("S001", "张三", "综合受理窗口", Building.MAIN, null));

        assertFalse(holds(store -> store.find("S999").isPresent()));
        assertFalse(holds(store -> store.find("s001").isPresent()));
    }

    @Test
    void anEditIsStoredAndIncreasesTheVersion() {
        add(entity("S001", "张三", "综合受理窗口", Building.MAIN, null, "A-1", "B-2"));
        Instant later = NOW.plusSeconds(3600);

        write(store -> store.find("S001").orElseThrow()
                .edit("张三丰", "税务", Building.OTHER, "主任", List.of("C-3", "A-1"), later));

        assertEquals(new StaffMember("S001", "张三丰", "税务", Building.OTHER, "主任", List.of("A-1", "C-3"),
                StaffState.ACTIVE, false, null, null, false, later, 2L), find("S001"));
    }

    @Test
    void aDepartureIsStoredWithItsDayReasonAndForcedFlag() {
        add(entity("S001", "张三", "综合受理窗口", Building.MAIN, null));
        Instant later = NOW.plusSeconds(60);

        write(store -> store.find("S001").orElseThrow().depart(LocalDate.of(2024, 2, 29), "离职", true, later));

        StaffMember m = find("S001");
        assertEquals(StaffState.LEFT, m.state());
        assertEquals(LocalDate.of(2024, 2, 29), m.leftOn());
        assertEquals("离职", m.departureReason());
        assertTrue(m.departureForced());
        assertEquals(later, m.updatedAt());
        assertEquals(2L, m.version());
    }

    @Test
    void sameAsComparesTheEditableFieldsIgnoringQualificationOrder() {
        add(entity("S001", "张三", "综合受理窗口", Building.MAIN, null, "A-1", "B-2"));

        assertTrue(holds(store -> store.find("S001").orElseThrow()
                .sameAs("张三", "综合受理窗口", Building.MAIN, null, List.of("B-2", "A-1"))));
        assertFalse(holds(store -> store.find("S001").orElseThrow()
                .sameAs("张三", "综合受理窗口", Building.MAIN, "科员", List.of("B-2", "A-1"))));
        assertFalse(holds(store -> store.find("S001").orElseThrow()
                .sameAs("张三", "综合受理窗口", Building.MAIN, null, List.of("A-1"))));
    }

    @Test
    void aPhotoIsStoredApartAndReadBack() {
        add(entity("S001", "张三", "综合受理窗口", Building.MAIN, null));
        addPhoto("S001");

        PhotoEntity p = read(store -> {
            PhotoEntity found = store.photo("S001").orElseThrow();
            found.content(); // load the lazy bytes while the EntityManager is open
            return found;
        });

        assertEquals("image/png", p.mediaType());
        assertEquals(8, p.content().length);
        assertTrue(holds(store -> store.hasPhoto("S001")));
        assertTrue(find("S001").hasPhoto());

        write(store -> store.removePhoto(store.photo("S001").orElseThrow()));

        assertFalse(holds(store -> store.hasPhoto("S001")));
        assertFalse(holds(store -> store.photo("S001").isPresent()));
    }

    @Test
    void everybodyIsListedOrderedByNumber() {
        addDirectory();

        Page<StaffMember> page = read(store -> store.search(StaffQuery.ALL, ALL));

        assertEquals(List.of("S001", "S002", "S003", "S010", "T-10"),
                page.items().stream().map(StaffMember::number).toList());
        assertEquals(5, page.total());
        assertEquals(List.of("370100-001", "TAX.INVOICE"), page.items().get(0).qualifications());
    }

    @Test
    void theTextMatchesTheStartOfTheNumberIgnoringCase() {
        addDirectory();

        assertEquals(List.of("S001", "S002", "S003", "S010"), numbers(text("s0")));
        assertEquals(List.of("S001"), numbers(text("  s001 ")));
        assertEquals(List.of("T-10"), numbers(text("t-")));
        // the middle of a number is not searched
        assertEquals(List.of(), numbers(text("001")));
    }

    @Test
    void theTextMatchesAnyPartOfTheNameIgnoringCase() {
        addDirectory();

        assertEquals(List.of("S001", "T-10"), numbers(text("三")));
        assertEquals(List.of("T-10"), numbers(text("小三")));
        assertEquals(List.of("S010"), numbers(text("LIU")));
    }

    @Test
    void likeWildcardsInTheTextAreLiteral() {
        addDirectory();

        assertEquals(List.of(), numbers(text("%")));
        assertEquals(List.of(), numbers(text("_")));
        assertEquals(List.of(), numbers(text("S_01")));
        assertEquals(List.of(), numbers(text("\\")));

        add(entity("P-1", "百分%号", "税务", Building.MAIN, null), entity("P-2", "下_划线", "税务", Building.MAIN, null));

        assertEquals(List.of("P-1"), numbers(text("%")));
        assertEquals(List.of("P-2"), numbers(text("_")));
    }

    @Test
    void membersAreFilteredByDepartmentStateBuildingAndQualification() {
        addDirectory();

        assertEquals(List.of("S001", "S002", "S010"), numbers(new StaffQuery(null, " 综合受理窗口 ", null, null, null)));
        assertEquals(List.of(), numbers(new StaffQuery(null, "综合", null, null, null)));
        assertEquals(List.of("S002"), numbers(new StaffQuery(null, null, null, StaffState.LEFT, null)));
        assertEquals(List.of("S001", "S003", "S010", "T-10"),
                numbers(new StaffQuery(null, null, null, StaffState.ACTIVE, null)));
        assertEquals(List.of("S003", "S010"), numbers(new StaffQuery(null, null, Building.OTHER, null, null)));
        assertEquals(List.of("S001", "T-10"), numbers(new StaffQuery(null, null, null, null, "TAX.INVOICE")));
        assertEquals(List.of(), numbers(new StaffQuery(null, null, null, null, "TAX")));
        assertEquals(List.of("S001", "S002", "S003", "S010", "T-10"), numbers(new StaffQuery(" ", " ", null, null,
                "")));
    }

    @Test
    void filtersAreCombined() {
        addDirectory();

        assertEquals(List.of("S001", "S010"),
                numbers(new StaffQuery(null, "综合受理窗口", null, StaffState.ACTIVE, "370100-001")));
        assertEquals(List.of("S010"),
                numbers(new StaffQuery("s", "综合受理窗口", Building.OTHER, StaffState.ACTIVE, "370100-001")));
        assertEquals(List.of("S001"), numbers(new StaffQuery("三", null, Building.MAIN, null, "370100-001")));
        assertEquals(List.of(), numbers(new StaffQuery("李", null, null, StaffState.ACTIVE, null)));
    }

    @Test
    void aPageHoldsItsSliceInNumberOrderAndTheTotalCountsEveryMatch() {
        addDirectory();

        Page<StaffMember> page = read(store -> store.search(text("s"), new PageRequest(1, 2)));

        assertEquals(List.of("S002", "S003"), page.items().stream().map(StaffMember::number).toList());
        assertEquals(1, page.offset());
        assertEquals(2, page.limit());
        assertEquals(4, page.total());

        Page<StaffMember> last = read(store -> store.search(text("s"), new PageRequest(3, 2)));
        assertEquals(List.of("S010"), last.items().stream().map(StaffMember::number).toList());
        assertEquals(4, last.total());

        Page<StaffMember> beyond = read(store -> store.search(text("s"), new PageRequest(10, 2)));
        assertEquals(List.of(), beyond.items());
        assertEquals(4, beyond.total());
    }

    @Test
    void noMatchIsAnEmptyPage() {
        addDirectory();

        assertEquals(new Page<StaffMember>(List.of(), 0, 50, 0), read(store -> store.search(text("X"), ALL)));
    }

    @Test
    void thePhotoFlagIsSetForThoseOnThePageWhoHaveAPhoto() {
        addDirectory();
        addPhoto("S001");
        addPhoto("S010");

        Page<StaffMember> page = read(store -> store.search(StaffQuery.ALL, ALL));

        assertEquals(List.of(true, false, false, true, false), page.items().stream().map(StaffMember::hasPhoto)
                .toList());
    }

    @Test
    void aConcurrentEditOfTheSameRowFailsAtCommitWithAnOptimisticLockException() {
        add(entity("S001", "张三", "综合受理窗口", Building.MAIN, null));
        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            StaffEntity a = new StaffStore(first).find("S001").orElseThrow();
            StaffEntity b = new StaffStore(second).find("S001").orElseThrow();
            assertEquals(1L, a.version());
            assertEquals(1L, b.version());

            a.edit("张三", "税务", Building.MAIN, null, List.of(), NOW);
            first.getTransaction().commit();
            b.edit("张三", "不动产登记", Building.MAIN, null, List.of(), NOW);
            EntityTransaction tx = second.getTransaction();
            RuntimeException e = assertThrows(RuntimeException.class, tx::commit);

            assertTrue(causedBy(e, "OptimisticLockException"), chain(e));
        } finally {
            if (second.getTransaction().isActive()) {
                second.getTransaction().rollback();
            }
            first.close();
            second.close();
        }
        StaffMember m = find("S001");
        assertEquals("税务", m.department());
        assertEquals(2L, m.version());
    }

    @Test
    void aStaleEditFailsAlreadyAtFlush() {
        add(entity("S001", "张三", "综合受理窗口", Building.MAIN, null));
        EntityManager stale = emf.createEntityManager();
        try {
            stale.getTransaction().begin();
            StaffStore store = new StaffStore(stale);
            StaffEntity b = store.find("S001").orElseThrow();
            write(s -> s.find("S001").orElseThrow().edit("张三", "税务", Building.MAIN, null, List.of(), NOW));
            b.edit("张三", "不动产登记", Building.MAIN, null, List.of(), NOW);

            RuntimeException e = assertThrows(RuntimeException.class, store::flush);

            assertTrue(causedBy(e, "OptimisticLockException"), chain(e));
        } finally {
            if (stale.getTransaction().isActive()) {
                stale.getTransaction().rollback();
            }
            stale.close();
        }
        assertEquals("税务", find("S001").department());
    }

    @Test
    void aDuplicateNumberFailsAtFlushWithAnEntityExistsException() {
        add(entity("S001", "张三", "综合受理窗口", Building.MAIN, null));
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            StaffStore store = new StaffStore(em);
            store.add(entity("S001", "李四", "税务", Building.OTHER, null, "A-1"));

            RuntimeException e = assertThrows(RuntimeException.class, store::flush);

            // core maps both, the JPA exception and the unique violation 23505 (Derby and PostgreSQL), to 409.
            // PostgreSQL aborts the transaction at the violation, so the qualification's INSERT fails too (25P02)
            // and OpenJPA wraps both failures in a PersistenceException caused by the first; core walks the causes.
            Throwable first = onPostgres() ? e.getCause() : e;
            assertEquals("EntityExistsException", first.getClass().getSimpleName(), chain(e));
            assertEquals(List.of("23505"), sqlStates(e), chain(e));
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        assertEquals("张三", find("S001").name());
        assertEquals(List.of(), find("S001").qualifications());
    }
}
