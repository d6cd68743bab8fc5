package org.countyhall.staff.internal.store;

import static org.countyhall.testing.Causes.chain;
import static org.countyhall.testing.Causes.sqlStates;
import static org.countyhall.testing.JpaTestDatabase.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.persistence.EntityManager;

import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffQuery;
import org.countyhall.staff.api.StaffState;
import org.countyhall.testing.JpaTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link StaffStore} and the staff entities on OpenJPA and in-memory Derby, with the tables of the real script.
 *
 * <p>With {@code -Dcountyhall.test.db.url=jdbc:postgresql://...} (and {@code .user}, {@code .password}) on PostgreSQL
 * instead, in a schema of its own that is dropped afterwards (see {@link JpaTestDatabase}).
 */
class StaffStoreTest {

    private static final Instant NOW = Instant.parse("2024-03-15T02:30:45.123Z");
    private static final PageRequest ALL = new PageRequest(0, 50);

    @RegisterExtension
    static final JpaTestDatabase db = new JpaTestDatabase("staff", StaffEntity.class, PhotoEntity.class);

    @BeforeEach
    void emptyTables() {
        db.deleteAll("STAFF_QUALIFICATION", "STAFF_ROLE", "STAFF_PHOTO", "STAFF_MEMBER");
    }

    private static void write(Consumer<StaffStore> work) {
        db.write(em -> work.accept(new StaffStore(em)));
    }

    private static <R> R read(Function<StaffStore, R> work) {
        return db.read(em -> work.apply(new StaffStore(em)));
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

    @Test
    void theScriptIsSplitIntoItsFiveStatementsWithoutComments() {
        List<String> statements = statements(db.script(1));

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
                .sameAs("张三", "综合受理窗口", Building.MAIN, null, List.of("B-2", "A-1"), null, null)));
        assertTrue(holds(store -> store.find("S001").orElseThrow()
                .sameAs("张三", "综合受理窗口", Building.MAIN, null, List.of("B-2", "A-1"), List.of(), null)));
        assertFalse(holds(store -> store.find("S001").orElseThrow()
                .sameAs("张三", "综合受理窗口", Building.MAIN, null, List.of("B-2", "A-1"),
                        List.of(org.countyhall.staff.api.StaffRole.WINDOW_STAFF), null)));
        assertFalse(holds(store -> store.find("S001").orElseThrow()
                .sameAs("张三", "综合受理窗口", Building.MAIN, "科员", List.of("B-2", "A-1"), null, null)));
        assertFalse(holds(store -> store.find("S001").orElseThrow()
                .sameAs("张三", "综合受理窗口", Building.MAIN, null, List.of("A-1"), null, null)));
        // a phone: null is "not given", "" is "none", which the person has
        assertTrue(holds(store -> store.find("S001").orElseThrow()
                .sameAs("张三", "综合受理窗口", Building.MAIN, null, List.of("B-2", "A-1"), null, "")));
        assertFalse(holds(store -> store.find("S001").orElseThrow()
                .sameAs("张三", "综合受理窗口", Building.MAIN, null, List.of("B-2", "A-1"), null, "13812345678")));
    }

    @Test
    void aPhotoIsStoredApartAndReadBack() {
        add(entity("S001", "张三", "综合受理窗口", Building.MAIN, null));
        long version = find("S001").version();
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
        assertEquals(version + 1, find("S001").version(), "the photo flag is part of the record");

        write(store -> store.removePhoto(store.photo("S001").orElseThrow()));

        assertFalse(holds(store -> store.hasPhoto("S001")));
        assertFalse(find("S001").hasPhoto());
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
    void aPageReadsTheCollectionsOfItsOwnRowsOnly() {
        addDirectory();
        db.sql().clear();

        Page<StaffMember> page = read(store -> store.search(StaffQuery.ALL, new PageRequest(1, 2)));

        assertEquals(List.of("S002", "S003"), page.items().stream().map(StaffMember::number).toList());
        assertEquals(List.of("REAL.ESTATE"), page.items().get(1).qualifications());
        List<String> collections = db.sql().statements().stream()
                .filter(sql -> sql.contains("STAFF_QUALIFICATION") || sql.contains("STAFF_ROLE")).toList();
        assertFalse(collections.isEmpty(), "the page's qualifications and roles were read");
        collections.forEach(sql -> assertTrue(sql.contains(" IN ("), "bounded to the page's numbers: " + sql));
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

    // a concurrent and a stale edit (no lost update): StaffStoreContractTest, the contract every store passes

    @Test
    void aDuplicateNumberFailsAtFlushWithAnEntityExistsException() {
        add(entity("S001", "张三", "综合受理窗口", Building.MAIN, null));
        EntityManager em = db.emf().createEntityManager();
        try {
            em.getTransaction().begin();
            StaffStore store = new StaffStore(em);
            store.add(entity("S001", "李四", "税务", Building.OTHER, null, "A-1"));

            RuntimeException e = assertThrows(RuntimeException.class, store::flush);

            // core maps both, the JPA exception and the unique violation 23505 (Derby and PostgreSQL), to 409.
            // PostgreSQL aborts the transaction at the violation, so the qualification's INSERT fails too (25P02)
            // and OpenJPA wraps both failures in a PersistenceException caused by the first; core walks the causes.
            Throwable first = db.isPostgres() ? e.getCause() : e;
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
