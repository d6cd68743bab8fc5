package org.countyhall.testing;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.countyhall.core.jpa.Jpa;

/**
 * {@link Jpa} on a {@link JpaTestDatabase}, for service tests outside OSGi: a write begins a resource-local
 * transaction (a nested write joins it) and commits it, or rolls it back if the work throws; a read outside a
 * write uses an EntityManager of its own. {@link RecordingAudit} and {@link RecordingOutbox} keep what a write
 * records until it commits, as core's audit and outbox do in the JTA transaction.
 */
public final class TestJpa implements Jpa {

    private final JpaTestDatabase db;
    private final ThreadLocal<Tx> current = new ThreadLocal<>();
    private int commits;

    /** What a transaction does when it ends. */
    interface Participant {
        void committed();

        void rolledBack();
    }

    private static final class Tx {
        final EntityManager em;
        final List<Participant> participants = new ArrayList<>();

        Tx(EntityManager em) {
            this.em = em;
        }
    }

    public TestJpa(JpaTestDatabase db) {
        this.db = db;
    }

    @Override
    public <R> R write(Work<R> work) {
        Tx outer = current.get();
        if (outer != null) {
            return work.apply(outer.em);
        }
        EntityManager em = db.emf().createEntityManager();
        Tx tx = new Tx(em);
        current.set(tx);
        boolean committed = false;
        try {
            em.getTransaction().begin();
            R result = work.apply(em);
            em.getTransaction().commit();
            committed = true;
            synchronized (this) {
                commits++;
            }
            return result;
        } finally {
            current.remove();
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
            for (Participant p : tx.participants) {
                if (committed) {
                    p.committed();
                } else {
                    p.rolledBack();
                }
            }
        }
    }

    @Override
    public <R> R read(Work<R> work) {
        Tx outer = current.get();
        if (outer != null) {
            return work.apply(outer.em);
        }
        EntityManager em = db.emf().createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** How many writes committed: a dry run or a refused write adds none. */
    public synchronized int commits() {
        return commits;
    }

    /** Whether this thread is inside a write. */
    @Override
    public boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Runs {@code work} when this thread's write commits (never if it rolls back), or at once outside a write: what
     * core's audit and outbox do with their rows.
     */
    void whenCommitted(Runnable work) {
        Tx tx = current.get();
        if (tx == null) {
            work.run();
            return;
        }
        tx.participants.add(new Participant() {
            @Override
            public void committed() {
                work.run();
            }

            @Override
            public void rolledBack() {
                // never happened
            }
        });
    }
}
