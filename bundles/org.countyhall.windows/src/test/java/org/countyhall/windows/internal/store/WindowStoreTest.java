package org.countyhall.windows.internal.store;

import static org.countyhall.testing.Causes.causedBy;
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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.persistence.EntityManager;
import javax.persistence.EntityTransaction;

import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.testing.JpaTestDatabase;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.Post;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowQuery;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.api.WindowType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link WindowStore} and the window entities on OpenJPA and in-memory Derby, with the tables of the real script.
 *
 * <p>With {@code -Dcountyhall.test.db.url=jdbc:postgresql://...} (and {@code .user}, {@code .password}) on PostgreSQL
 * instead, in a schema of its own that is dropped afterwards (see {@link JpaTestDatabase}).
 */
class WindowStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:30:45.123Z");
    private static final PageRequest ALL = new PageRequest(0, 50);

    // the locking test expects the second locker to fail: after one second, not Derby's minute or PostgreSQL's never
    @RegisterExtension
    static final JpaTestDatabase db = new JpaTestDatabase("windows", WindowEntity.class, LeaveEntity.class)
            .lockTimeoutSeconds(1);

    @BeforeEach
    void emptyTables() {
        db.deleteAll("WINDOWS_ITEM", "WINDOWS_REGISTRY", "WINDOWS_LEAVE");
    }

    private static void write(Consumer<WindowStore> work) {
        db.write(em -> work.accept(new WindowStore(em)));
    }

    private static <R> R writeAndReturn(Function<WindowStore, R> work) {
        return db.writeAndReturn(em -> work.apply(new WindowStore(em)));
    }

    private static <R> R read(Function<WindowStore, R> work) {
        return db.read(em -> work.apply(new WindowStore(em)));
    }

    private static boolean holds(Predicate<WindowStore> condition) {
        return read(condition::test);
    }

    private static WindowInput input(String number, WindowType type, WindowState state, String department,
            String a, String b, String... items) {
        return new WindowInput(number, "窗口" + number, type, department, "一楼大厅", 1, "hall", state, null, null, a, b,
                null, null, List.of(items));
    }

    private static WindowEntity entity(WindowInput in) {
        WindowEntity e = new WindowEntity(in.number());
        e.edit(in, true, NOW);
        return e;
    }

    private static void add(WindowInput... inputs) {
        write(store -> {
            for (WindowInput in : inputs) {
                store.add(entity(in));
            }
        });
    }

    private static Window find(String number) {
        return read(store -> store.find(number).map(WindowEntity::toWindow).orElseThrow());
    }

    private static List<String> numbers(WindowQuery q) {
        return read(store -> store.search(q, ALL)).items().stream().map(Window::number).toList();
    }

    private static List<String> numbersOf(List<Window> windows) {
        return windows.stream().map(Window::number).toList();
    }

    /** Five windows: two departments, every type and state, and item codes shared between some of them. */
    private static void addHall() {
        add(input("03", WindowType.CONSULTATION, WindowState.PAUSED, "不动产登记中心", "S003", null, "REAL.ESTATE"),
                input("01", WindowType.COMPREHENSIVE, WindowState.OPEN, "政务服务中心", "S001", "S002",
                        "370100-001", "370100-002"),
                input("A12", WindowType.ACCEPTANCE, WindowState.OPEN, "税务局", "S004", "S001", "TAX.INVOICE"),
                input("02", WindowType.COMPREHENSIVE, WindowState.CLOSED, "政务服务中心", null, null, "370100-001"),
                input("04", WindowType.COMPLAINT, WindowState.OPEN, "督查室", null, null));
    }

    private static LeaveEntity leave(String who, String first, String last, String substitute) {
        return new LeaveEntity(who, LocalDate.parse(first), LocalDate.parse(last), substitute, substitute != null,
                "年休假", NOW);
    }

    private static long addLeave(LeaveEntity e) {
        return writeAndReturn(store -> {
            store.add(e);
            store.flush();
            return e.toLeave().id();
        });
    }

    private static List<Long> leaveIds(List<Leave> leaves) {
        return leaves.stream().map(Leave::id).toList();
    }

    @Test
    void theScriptIsSplitIntoItsSevenStatementsWithoutComments() {
        List<String> statements = statements(db.script(1));

        assertEquals(7, statements.size());
        assertTrue(statements.get(0).startsWith("CREATE TABLE WINDOW_REGISTRY ("), statements.get(0)); // V1: renamed by V3
        assertTrue(statements.stream().noneMatch(s -> s.contains("--") || s.contains(";")), statements.toString());
    }

    @Test
    void aPersistedWindowIsFoundWithEveryFieldAndItsItemCodesSorted() {
        WindowInput in = new WindowInput("A12", "综合受理", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", -1,
                "village", WindowState.PAUSED, "D1", "D2", "S001", "S002", "0531-12345", "ts@county.gov.cn",
                List.of("TAX.INVOICE", "370100-002", "370100-001"));
        write(store -> {
            WindowEntity e = new WindowEntity("A12");
            e.edit(in, false, NOW);
            store.add(e);
        });

        assertEquals(new Window("A12", "综合受理", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", -1, "village",
                WindowState.PAUSED, "D1", "D2", "S001", "S002", "0531-12345", "ts@county.gov.cn",
                List.of("370100-001", "370100-002", "TAX.INVOICE"), false, NOW, 1L), find("A12"));
    }

    @Test
    void anUnknownNumberIsNotFoundAndNumbersAreMatchedExactly() {
        addHall();

        assertFalse(holds(store -> store.find("99").isPresent()));
        assertFalse(holds(store -> store.find("a12").isPresent()));
        assertTrue(holds(store -> store.find("A12").isPresent()));
    }

    @Test
    void anEditReplacesTheItemCodesAndIncreasesTheVersion() {
        add(input("01", WindowType.COMPREHENSIVE, WindowState.OPEN, "政务服务中心", "S001", "S002", "A-1", "B-2"));
        Instant later = NOW.plusSeconds(3600);

        write(store -> store.find("01").orElseThrow().edit(input("01", WindowType.ACCEPTANCE, WindowState.OPEN, "税务局",
                "S001", null, "C-3", "A-1"), true, later));

        Window w = find("01");
        assertEquals(List.of("A-1", "C-3"), w.itemCodes());
        assertEquals(WindowType.ACCEPTANCE, w.type());
        assertEquals(null, w.b());
        assertEquals(later, w.updatedAt());
        assertEquals(2L, w.version());
        assertEquals(List.of("01"), numbers(new WindowQuery(null, null, null, "C-3")));
        assertEquals(List.of(), numbers(new WindowQuery(null, null, null, "B-2")));
    }

    @Test
    void anAssignmentFillsOrEmptiesAPostAndAnUncheckedOneStaysUnchecked() {
        add(input("01", WindowType.COMPREHENSIVE, WindowState.OPEN, "政务服务中心", "S001", "S002"));

        write(store -> store.find("01").orElseThrow().assign(Post.DIRECTOR, "D1", true, NOW));
        write(store -> store.find("01").orElseThrow().assign(Post.B, null, false, NOW));
        write(store -> store.find("01").orElseThrow().assign(Post.DEPUTY, "D2", true, NOW));

        Window w = find("01");
        assertEquals("D1", w.director());
        assertEquals("D2", w.deputy());
        assertEquals("S001", w.a());
        assertEquals(null, w.b());
        assertFalse(w.staffChecked());
        assertEquals(4L, w.version());
    }

    @Test
    void allWindowsAreListedInNumberOrder() {
        addHall();

        assertEquals(List.of("01", "02", "03", "04", "A12"), numbersOf(read(WindowStore::all)));
        assertEquals(List.of("01", "02", "03", "04", "A12"), numbers(WindowQuery.ALL));
    }

    @Test
    void windowsAreFilteredByTypeStateDepartmentAndItem() {
        addHall();

        assertEquals(List.of("01", "02"), numbers(new WindowQuery(WindowType.COMPREHENSIVE, null, null, null)));
        assertEquals(List.of("01", "04", "A12"), numbers(new WindowQuery(null, WindowState.OPEN, null, null)));
        assertEquals(List.of("03"), numbers(new WindowQuery(null, WindowState.PAUSED, null, null)));
        assertEquals(List.of("01", "02"), numbers(new WindowQuery(null, null, " 政务服务中心 ", null)));
        assertEquals(List.of(), numbers(new WindowQuery(null, null, "政务服务", null)));
        assertEquals(List.of("01", "02"), numbers(new WindowQuery(null, null, null, "370100-001")));
        assertEquals(List.of("01"), numbers(new WindowQuery(null, null, null, " 370100-002 ")));
        assertEquals(List.of(), numbers(new WindowQuery(null, null, null, "370100")));
        assertEquals(List.of("01", "02", "03", "04", "A12"), numbers(new WindowQuery(null, null, " ", "")));
    }

    @Test
    void filtersAreCombined() {
        addHall();

        assertEquals(List.of("01"), numbers(new WindowQuery(WindowType.COMPREHENSIVE, WindowState.OPEN, "政务服务中心",
                "370100-001")));
        assertEquals(List.of("02"), numbers(new WindowQuery(null, WindowState.CLOSED, null, "370100-001")));
        assertEquals(List.of(), numbers(new WindowQuery(WindowType.ACCEPTANCE, null, "政务服务中心", null)));
    }

    @Test
    void aPageHoldsItsSliceInNumberOrderAndTheTotalCountsEveryMatch() {
        addHall();

        Page<Window> page = read(store -> store.search(WindowQuery.ALL, new PageRequest(1, 2)));

        assertEquals(List.of("02", "03"), numbersOf(page.items()));
        assertEquals(1, page.offset());
        assertEquals(2, page.limit());
        assertEquals(5, page.total());

        Page<Window> last = read(store -> store.search(new WindowQuery(null, WindowState.OPEN, null, null),
                new PageRequest(2, 2)));
        assertEquals(List.of("A12"), numbersOf(last.items()));
        assertEquals(3, last.total());

        assertEquals(new Page<Window>(List.of(), 10, 2, 5), read(store -> store.search(WindowQuery.ALL,
                new PageRequest(10, 2))));
        assertEquals(new Page<Window>(List.of(), 0, 50, 0), read(store -> store.search(
                new WindowQuery(null, null, "民政局", null), ALL)));
    }

    @Test
    void heldByFindsEveryPostAndPostsOfOnlyTheAAndBPosts() {
        addHall();
        write(store -> {
            store.find("04").orElseThrow().assign(Post.DIRECTOR, "S001", true, NOW);
            store.find("03").orElseThrow().assign(Post.DEPUTY, "S001", true, NOW);
            store.find("02").orElseThrow().assign(Post.DIRECTOR, "S009", true, NOW);
        });

        assertEquals(List.of("01", "03", "04", "A12"), numbersOf(read(store -> store.heldBy("S001"))));
        assertEquals(List.of("01", "A12"), read(store -> store.postsOf("S001")));
        assertEquals(List.of("02"), numbersOf(read(store -> store.heldBy("S009"))));
        assertEquals(List.of(), read(store -> store.postsOf("S009")));
        assertEquals(List.of(), read(store -> store.heldBy("s001")));
        assertEquals(List.of(), read(store -> store.heldBy("S999")));
    }

    @Test
    void leavesGetIncreasingIdentityIdsAndAreReadBackWithEveryField() {
        long first = addLeave(leave("S001", "2026-12-04", "2026-12-07", "S009"));
        long second = addLeave(leave("S002", "2026-12-04", "2026-12-04", null));
        List<Long> both = writeAndReturn(store -> {
            LeaveEntity a = leave("S003", "2026-12-10", "2026-12-11", null);
            LeaveEntity b = leave("S004", "2026-12-10", "2026-12-11", null);
            store.add(a);
            store.add(b);
            store.flush();
            return List.of(a.toLeave().id(), b.toLeave().id());
        });

        assertTrue(first > 0, "id " + first);
        assertTrue(second > first, first + " then " + second);
        assertTrue(both.get(0) > second && both.get(1) > both.get(0), second + " then " + both);
        assertEquals(new Leave(first, "S001", LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7), "S009", true,
                "年休假", NOW), read(store -> store.leave(first).map(LeaveEntity::toLeave).orElseThrow()));
        assertEquals(Optional.empty(), read(store -> store.leave(both.get(1) + 1)));
    }

    @Test
    void aLeaveIsFoundForEveryRangeItOverlaps() {
        long id = addLeave(leave("S001", "2026-12-04", "2026-12-07", null));

        assertEquals(List.of(id), leaveIds(leavesOf(List.of(), "2026-12-07", "2026-12-10")));
        assertEquals(List.of(), leaveIds(leavesOf(List.of(), "2026-12-08", "2026-12-10")));
        assertEquals(List.of(id), leaveIds(leavesOf(List.of(), "2026-12-01", "2026-12-04")));
        assertEquals(List.of(), leaveIds(leavesOf(List.of(), "2026-12-01", "2026-12-03")));
        assertEquals(List.of(id), leaveIds(leavesOf(List.of(), "2026-12-05", "2026-12-05")));
        assertEquals(List.of(id), leaveIds(leavesOf(List.of(), "2026-11-01", "2026-12-31")));
    }

    private static List<Leave> leavesOf(List<String> staff, String from, String to) {
        return read(store -> store.leavesOf(staff, LocalDate.parse(from), LocalDate.parse(to)));
    }

    @Test
    void leavesOfSomePeopleAreFilteredAndOrderedByFirstDay() {
        long late = addLeave(leave("S001", "2026-12-10", "2026-12-11", null));
        long early = addLeave(leave("S002", "2026-12-04", "2026-12-10", "S009"));
        long other = addLeave(leave("S003", "2026-12-07", "2026-12-07", null));

        assertEquals(List.of(early, other, late), leaveIds(leavesOf(List.of(), "2026-12-01", "2026-12-31")));
        assertEquals(List.of(early, late), leaveIds(leavesOf(List.of("S001", "S002"), "2026-12-01", "2026-12-31")));
        assertEquals(List.of(late), leaveIds(leavesOf(List.of("S001"), "2026-12-01", "2026-12-31")));
        assertEquals(List.of(), leaveIds(leavesOf(List.of("S009"), "2026-12-01", "2026-12-31")));
    }

    @Test
    void leavesArePagedByStaffNumber() {
        long a1 = addLeave(leave("S001", "2026-12-01", "2026-12-01", null));
        long b1 = addLeave(leave("S002", "2026-12-02", "2026-12-02", null));
        long a2 = addLeave(leave("S001", "2026-12-03", "2026-12-03", null));
        long a3 = addLeave(leave("S001", "2026-12-08", "2026-12-08", null));
        LocalDate from = LocalDate.of(2026, 12, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);

        Page<Leave> everybody = read(store -> store.leaves(null, from, to, ALL));
        Page<Leave> second = read(store -> store.leaves("S001", from, to, new PageRequest(1, 1)));
        Page<Leave> window = read(store -> store.leaves("S001", from, LocalDate.of(2026, 12, 5), ALL));

        assertEquals(List.of(a1, b1, a2, a3), leaveIds(everybody.items()));
        assertEquals(4, everybody.total());
        assertEquals(List.of(a2), leaveIds(second.items()));
        assertEquals(3, second.total());
        assertEquals(List.of(a1, a2), leaveIds(window.items()));
        assertEquals(new Page<Leave>(List.of(), 0, 50, 0), read(store -> store.leaves("S009", from, to, ALL)));
    }

    @Test
    void aDepartmentHeadsPageHoldsOnlyTheLeavesOfTheirPeople() {
        long a1 = addLeave(leave("S001", "2026-12-01", "2026-12-01", null));
        addLeave(leave("S002", "2026-12-02", "2026-12-02", null));
        long c1 = addLeave(leave("S003", "2026-12-03", "2026-12-03", null));
        LocalDate from = LocalDate.of(2026, 12, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);

        Page<Leave> department = read(store -> store.leaves(null, List.of("S001", "S003"), from, to, ALL));
        Page<Leave> onePerson = read(store -> store.leaves("S003", List.of("S001", "S003"), from, to, ALL));
        Page<Leave> outside = read(store -> store.leaves("S002", List.of("S001", "S003"), from, to, ALL));

        assertEquals(List.of(a1, c1), leaveIds(department.items()));
        assertEquals(2, department.total());
        assertEquals(List.of(c1), leaveIds(onePerson.items()));
        assertEquals(0, outside.total(), "a person of another department is not shown, even when named");
        assertEquals(new Page<Leave>(List.of(), 0, 50, 0), read(store -> store.leaves(null, List.of(), from, to, ALL)),
                "a department without people has no leave");
    }

    @Test
    void theLeavesAPersonCoversAsSubstituteAreThoseNotEndedByTheDayAsked() {
        long ended = addLeave(leave("S001", "2026-11-30", "2026-12-03", "S009"));
        long lastToday = addLeave(leave("S002", "2026-12-02", "2026-12-04", "S009"));
        long later = addLeave(leave("S003", "2026-12-10", "2026-12-11", "S009"));
        addLeave(leave("S004", "2026-12-10", "2026-12-11", "S008"));
        addLeave(leave("S009", "2026-12-20", "2026-12-21", null));

        assertEquals(List.of(lastToday, later),
                leaveIds(read(store -> store.leavesCoveredBy("S009", LocalDate.parse("2026-12-04")))));
        assertEquals(List.of(ended, lastToday, later),
                leaveIds(read(store -> store.leavesCoveredBy("S009", LocalDate.parse("2026-12-01")))));
        assertEquals(List.of(), read(store -> store.leavesCoveredBy("S009", LocalDate.parse("2026-12-12"))));
    }

    @Test
    void aWithdrawnLeaveIsGone() {
        long id = addLeave(leave("S001", "2026-12-04", "2026-12-07", null));

        write(store -> store.remove(store.leave(id).orElseThrow()));

        assertEquals(Optional.empty(), read(store -> store.leave(id)));
        assertEquals(List.of(), leavesOf(List.of(), "2026-12-01", "2026-12-31"));
    }

    @Test
    void lockReturnsTheWindowAndLeavesItsVersionAlone() {
        addHall();

        Window locked = writeAndReturn(store -> store.lock("A12").map(WindowEntity::toWindow).orElseThrow());

        assertEquals(find("A12"), locked);
        assertEquals(1L, find("A12").version());
    }

    @Test
    void lockOfAnUnknownNumberIsEmpty() {
        addHall();

        assertEquals(Optional.empty(), writeAndReturn(store -> store.lock("99")));
        assertEquals(Optional.empty(), writeAndReturn(store -> store.lock("a12")));
    }

    @Test
    void aLockedRowCannotBeLockedByAnotherTransactionUntilCommit() {
        addHall();
        EntityManager first = db.emf().createEntityManager();
        EntityManager second = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            assertTrue(new WindowStore(first).lock("01").isPresent());
            assertTrue(new WindowStore(second).lock("02").isPresent(), "another row stays free");

            RuntimeException e = assertThrows(RuntimeException.class, () -> new WindowStore(second).lock("01"));

            // Derby gives up waiting for the lock after derby.locks.waitTimeout (40XL1), PostgreSQL after
            // lock_timeout (55P03 lock_not_available)
            assertEquals(List.of(db.isPostgres() ? "55P03" : "40XL1"), sqlStates(e).stream().distinct().toList(),
                    chain(e));
        } finally {
            for (EntityManager em : List.of(first, second)) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    @Test
    void theCoverageLockIsHeldByOneTransactionUntilCommit() {
        EntityManager first = db.emf().createEntityManager();
        EntityManager second = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            new WindowStore(first).lockCoverage();

            RuntimeException e = assertThrows(RuntimeException.class, () -> new WindowStore(second).lockCoverage());
            assertEquals(List.of(db.isPostgres() ? "55P03" : "40XL1"), sqlStates(e).stream().distinct().toList(),
                    chain(e));
            first.getTransaction().commit();
        } finally {
            for (EntityManager em : List.of(first, second)) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
        // free again after the commit
        write(WindowStore::lockCoverage);
    }

    @Test
    void aConcurrentEditOfTheSameRowFailsAtCommitWithAnOptimisticLockException() {
        add(input("01", WindowType.COMPREHENSIVE, WindowState.OPEN, "政务服务中心", "S001", "S002"));
        EntityManager first = db.emf().createEntityManager();
        EntityManager second = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            WindowEntity a = new WindowStore(first).find("01").orElseThrow();
            WindowEntity b = new WindowStore(second).find("01").orElseThrow();
            assertEquals(1L, a.version());
            assertEquals(1L, b.version());

            a.changeState(WindowState.PAUSED, NOW);
            first.getTransaction().commit();
            b.assign(Post.B, "S003", true, NOW);
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
        Window w = find("01");
        assertEquals(WindowState.PAUSED, w.state());
        assertEquals("S002", w.b());
        assertEquals(2L, w.version());
    }

    @Test
    void aStaleEditFailsAlreadyAtFlush() {
        add(input("01", WindowType.COMPREHENSIVE, WindowState.OPEN, "政务服务中心", "S001", "S002"));
        EntityManager stale = db.emf().createEntityManager();
        try {
            stale.getTransaction().begin();
            WindowStore store = new WindowStore(stale);
            WindowEntity b = store.find("01").orElseThrow();
            write(s -> s.find("01").orElseThrow().changeState(WindowState.CLOSED, NOW));
            b.assign(Post.A, "S003", true, NOW);

            RuntimeException e = assertThrows(RuntimeException.class, store::flush);

            assertTrue(causedBy(e, "OptimisticLockException"), chain(e));
        } finally {
            if (stale.getTransaction().isActive()) {
                stale.getTransaction().rollback();
            }
            stale.close();
        }
        assertEquals("S001", find("01").a());
    }

    @Test
    void aDuplicateNumberFailsAtFlushWithAnEntityExistsException() {
        add(input("01", WindowType.COMPREHENSIVE, WindowState.OPEN, "政务服务中心", "S001", "S002"));
        EntityManager em = db.emf().createEntityManager();
        try {
            em.getTransaction().begin();
            WindowStore store = new WindowStore(em);
            store.add(entity(input("01", WindowType.ACCEPTANCE, WindowState.OPEN, "税务局", null, null, "A-1")));

            RuntimeException e = assertThrows(RuntimeException.class, store::flush);

            // core maps both, the JPA exception and the unique violation 23505 (Derby and PostgreSQL), to 409.
            // PostgreSQL aborts the transaction at the violation, so the item code's INSERT fails too (25P02)
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
        assertEquals("政务服务中心", find("01").department());
        assertEquals(List.of(), find("01").itemCodes());
    }
}
