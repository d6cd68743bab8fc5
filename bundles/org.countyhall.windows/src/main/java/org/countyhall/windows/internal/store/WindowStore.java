package org.countyhall.windows.internal.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.jpa.KeyedPage;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowQuery;

/** The window tables seen through one EntityManager (one transaction, or one read). */
public final class WindowStore {

    private final EntityManager em;

    public WindowStore(EntityManager em) {
        this.em = em;
    }

    public Optional<WindowEntity> find(String number) {
        return Optional.ofNullable(em.find(WindowEntity.class, number));
    }

    /**
     * The row locked until commit, so concurrent leave requests for one window are decided one after the other.
     * A no-op UPDATE takes the row lock the same way on Derby and PostgreSQL (OpenJPA's PESSIMISTIC_WRITE on Derby
     * fails with the JTA connection here), and leaves the version alone.
     */
    public Optional<WindowEntity> lock(String number) {
        int rows = em.createNativeQuery("UPDATE WINDOWS_REGISTRY SET STAFF_CHECKED = STAFF_CHECKED WHERE WINDOW_NUMBER = ?")
                .setParameter(1, number).executeUpdate();
        return rows == 0 ? Optional.empty() : find(number);
    }

    /**
     * Takes the registry's coverage lock until commit: every change that can leave a window unstaffed takes it
     * first, before any window row (see db/windows/V2__coverage_lock.sql).
     */
    public void lockCoverage() {
        int rows = em.createNativeQuery("UPDATE WINDOWS_COVERAGE_LOCK SET LOCKS = LOCKS + 1 WHERE ID = 1")
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("WINDOWS_COVERAGE_LOCK has no row 1: schema windows V2 not applied?");
        }
    }

    public void add(WindowEntity w) {
        em.persist(w);
    }

    public void add(LeaveEntity l) {
        em.persist(l);
    }

    public Optional<LeaveEntity> leave(long id) {
        return Optional.ofNullable(em.find(LeaveEntity.class, id));
    }

    public void remove(LeaveEntity l) {
        em.remove(l);
    }

    /** Writes pending changes now, so a duplicate key or stale version fails inside the caller's code. */
    public void flush() {
        em.flush();
    }

    /** Every window, ordered by number (a hall has tens to a few hundred). */
    public List<Window> all() {
        return em.createQuery("SELECT w FROM WindowEntity w ORDER BY w.number", WindowEntity.class).getResultList()
                .stream().map(WindowEntity::toWindow).toList();
    }

    /** Numbers of the windows where the person holds the A or B post. */
    public List<String> postsOf(String staffNumber) {
        return em.createQuery("SELECT w.number FROM WindowEntity w WHERE w.a = :s OR w.b = :s ORDER BY w.number",
                String.class).setParameter("s", staffNumber).getResultList();
    }

    /** Leave naming the person as substitute whose last day is {@code from} or later, by first day. */
    public List<Leave> leavesCoveredBy(String staffNumber, LocalDate from) {
        return em.createQuery("SELECT l FROM LeaveEntity l WHERE l.substitute = :s AND l.lastDay >= :from"
                + " ORDER BY l.firstDay, l.id", LeaveEntity.class)
                .setParameter("s", staffNumber).setParameter("from", java.sql.Date.valueOf(from))
                .getResultList().stream().map(LeaveEntity::toLeave).toList();
    }

    /** Windows where the person holds any post. */
    public List<Window> heldBy(String staffNumber) {
        return em.createQuery("SELECT w FROM WindowEntity w WHERE w.a = :s OR w.b = :s OR w.director = :s"
                + " OR w.deputy = :s ORDER BY w.number", WindowEntity.class).setParameter("s", staffNumber)
                .getResultList().stream().map(WindowEntity::toWindow).toList();
    }

    public Page<Window> search(WindowQuery q, PageRequest page) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.type() != null) {
            where.append(" AND w.type = :type");
            params.put("type", q.type());
        }
        if (q.state() != null) {
            where.append(" AND w.state = :state");
            params.put("state", q.state());
        }
        if (q.department() != null && !q.department().isBlank()) {
            where.append(" AND w.department = :department");
            params.put("department", q.department().strip());
        }
        if (q.itemCode() != null && !q.itemCode().isBlank()) {
            where.append(" AND :item MEMBER OF w.itemCodes");
            params.put("item", q.itemCode().strip());
        }
        String filter = where.length() == 0 ? "" : " WHERE" + where.substring(4);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(w) FROM WindowEntity w" + filter, Long.class);
        TypedQuery<String> keys = em.createQuery(
                "SELECT w.number FROM WindowEntity w" + filter + " ORDER BY w.number", String.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            keys.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Window> items = total == 0 ? List.of() : KeyedPage.rows(keys, page, numbers -> em.createQuery(
                "SELECT w FROM WindowEntity w WHERE w.number IN :numbers ORDER BY w.number", WindowEntity.class)
                .setParameter("numbers", numbers).getResultList()).stream().map(WindowEntity::toWindow).toList();
        return new Page<>(items, page.offset(), page.limit(), total);
    }

    /** Leaves of these people (all people if empty) that include a day in [from, to]. */
    public List<Leave> leavesOf(Collection<String> staffNumbers, LocalDate from, LocalDate to) {
        String who = staffNumbers.isEmpty() ? "" : " AND l.staffNumber IN :staff";
        TypedQuery<LeaveEntity> q = em.createQuery("SELECT l FROM LeaveEntity l WHERE l.lastDay >= :from"
                + " AND l.firstDay <= :to" + who + " ORDER BY l.firstDay, l.id", LeaveEntity.class)
                .setParameter("from", java.sql.Date.valueOf(from)).setParameter("to", java.sql.Date.valueOf(to));
        if (!staffNumbers.isEmpty()) {
            q.setParameter("staff", staffNumbers);
        }
        return q.getResultList().stream().map(LeaveEntity::toLeave).toList();
    }

    public Page<Leave> leaves(String staffNumber, LocalDate from, LocalDate to, PageRequest page) {
        return leaves(staffNumber, null, from, to, page);
    }

    /** Leaves in [from, to] of one person (or all: null), of the people in {@code among} only when it is not null. */
    public Page<Leave> leaves(String staffNumber, java.util.Collection<String> among, LocalDate from, LocalDate to,
            PageRequest page) {
        if (among != null && among.isEmpty()) {
            return new Page<>(List.of(), page.offset(), page.limit(), 0);
        }
        String who = (staffNumber == null ? "" : " AND l.staffNumber = :staff")
                + (among == null ? "" : " AND l.staffNumber IN :among");
        String filter = " WHERE l.lastDay >= :from AND l.firstDay <= :to" + who;
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(l) FROM LeaveEntity l" + filter, Long.class);
        TypedQuery<LeaveEntity> rows = em.createQuery("SELECT l FROM LeaveEntity l" + filter
                + " ORDER BY l.firstDay, l.id", LeaveEntity.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("from", java.sql.Date.valueOf(from)).setParameter("to", java.sql.Date.valueOf(to));
            if (staffNumber != null) {
                q.setParameter("staff", staffNumber);
            }
            if (among != null) {
                q.setParameter("among", among);
            }
        }
        long total = count.getSingleResult();
        List<Leave> items = total == 0 ? List.of() : rows.setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList().stream().map(LeaveEntity::toLeave).toList();
        return new Page<>(items, page.offset(), page.limit(), total);
    }
}
