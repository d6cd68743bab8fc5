package org.countyhall.core.jpa;

import java.sql.SQLException;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.countyhall.core.api.error.ConflictException;

/**
 * A new row keyed by a business number (staff number, window number, card number), inserted without reading the
 * key first: the primary key refuses a duplicate, also one inserted by a concurrent writer or another node, and
 * that refusal becomes the domain's 409. One round trip instead of a {@code find} and the insert.
 */
public final class Inserts {

    /** SQLSTATE of a unique or primary key violation, on Derby and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    private Inserts() {
    }

    /**
     * Persists {@code entity} and flushes, in the caller's transaction; a duplicate key throws {@code duplicate}
     * (the transaction is then marked for rollback, as any failed flush leaves it).
     */
    public static void unique(EntityManager em, Object entity, Supplier<ConflictException> duplicate) {
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw duplicate.get();
            }
            throw e;
        }
    }

    /** Whether a failure is a duplicate key: OpenJPA's EntityExistsException or SQLSTATE 23505 in the chain. */
    static boolean isDuplicateKey(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof javax.persistence.EntityExistsException
                    || c instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
            if (c instanceof SQLException s && s.getNextException() != null
                    && UNIQUE_VIOLATION.equals(s.getNextException().getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
