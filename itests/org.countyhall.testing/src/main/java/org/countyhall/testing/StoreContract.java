package org.countyhall.testing;

import static org.countyhall.testing.Causes.causedBy;
import static org.countyhall.testing.Causes.chain;
import static org.countyhall.testing.Causes.sqlStates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every domain's store must do on both databases, whatever its entity: a concurrent edit of one row fails at
 * commit (no lost update), a stale edit fails at flush, and a second row with a taken business key fails at flush
 * with the unique violation core maps to 409, leaving the first. A store test extends this with its entity:
 * <pre>
 * class StaffStoreContractTest extends StoreContract {
 *     &#64;RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase("staff", StaffEntity.class, ...);
 *     ...
 * }</pre>
 */
public abstract class StoreContract {

    /** The test class's database (a static {@code @RegisterExtension} field). */
    protected abstract JpaTestDatabase db();

    /** Tables to empty before each test, children first. */
    protected abstract String[] tables();

    /** A new, valid entity with this business key, not yet persisted; {@code variant} varies its other fields. */
    protected abstract Object newEntity(String key, int variant);

    /** The entity of this key, attached to {@code em}. */
    protected abstract Object find(EntityManager em, String key);

    /** Changes an attached entity so that it must be written (its version moves); {@code variant} picks values. */
    protected abstract void edit(Object entity, int variant);

    /** Which variant the stored row holds, read back (e.g. its department), to see whose write won. */
    protected abstract String stored(EntityManager em, String key);

    /** What {@link #stored} answers for a row last written with {@code variant}. */
    protected abstract String expected(int variant);

    @BeforeEach
    void emptyTables() {
        db().deleteAll(tables());
    }

    private void persist(String key, int variant) {
        db().write(em -> em.persist(newEntity(key, variant)));
    }

    @Test
    void aConcurrentEditOfOneRowFailsAtCommitAndTheFirstWriteStays() {
        persist("K-1", 0);
        EntityManager first = db().emf().createEntityManager();
        EntityManager second = db().emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Object a = find(first, "K-1");
            Object b = find(second, "K-1");
            edit(a, 1);
            first.getTransaction().commit();
            edit(b, 2);
            RuntimeException e = assertThrows(RuntimeException.class, () -> second.getTransaction().commit());
            assertTrue(causedBy(e, "OptimisticLockException"), chain(e));
        } finally {
            if (second.getTransaction().isActive()) {
                second.getTransaction().rollback();
            }
            first.close();
            second.close();
        }
        assertEquals(expected(1), db().read(em -> stored(em, "K-1")));
    }

    @Test
    void aStaleEditFailsAtFlush() {
        persist("K-1", 0);
        EntityManager stale = db().emf().createEntityManager();
        try {
            stale.getTransaction().begin();
            Object old = find(stale, "K-1");
            db().write(em -> edit(find(em, "K-1"), 1));
            edit(old, 2);
            RuntimeException e = assertThrows(RuntimeException.class, stale::flush);
            assertTrue(causedBy(e, "OptimisticLockException"), chain(e));
        } finally {
            if (stale.getTransaction().isActive()) {
                stale.getTransaction().rollback();
            }
            stale.close();
        }
        assertEquals(expected(1), db().read(em -> stored(em, "K-1")));
    }

    @Test
    void aTakenBusinessKeyFailsAtFlushWithTheUniqueViolationAndKeepsTheFirstRow() {
        persist("K-1", 0);
        EntityManager em = db().emf().createEntityManager();
        try {
            em.getTransaction().begin();
            em.persist(newEntity("K-1", 2));
            RuntimeException e = assertThrows(RuntimeException.class, em::flush);
            // 23505 on Derby and PostgreSQL: what core (and Inserts.unique) turn into a 409
            assertTrue(sqlStates(e).contains("23505"), chain(e));
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        assertEquals(expected(0), db().read(em2 -> stored(em2, "K-1")));
    }
}
