package org.countyhall.core.internal.db;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.DomainException;
import org.countyhall.core.api.error.UnavailableException;

/**
 * Recognises failures found by the database at statement or commit time, so that a unique violation answers
 * 409 and a deadlock or lock time-out 503, never 500. SQLSTATEs are the standard ones (Derby and PostgreSQL).
 */
public final class Failures {

    private Failures() {
    }

    /** The domain exception equivalent to {@code t}, or null when it is not a known database conflict. */
    public static DomainException classify(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) { // a cause chain may loop
            if (c instanceof DomainException d) {
                return d;
            }
            if (c instanceof SQLException sql) {
                DomainException d = bySqlState(sql.getSQLState());
                if (d != null) {
                    return d;
                }
            }
            String name = c.getClass().getSimpleName();
            if (name.equals("OptimisticLockException")) {
                // OpenJPA reports a lock time-out or deadlock (Derby 40XL1, 40001) as an optimistic failure too:
                // that is a busy database, not a record someone changed
                DomainException busy = busyBelow(c.getCause());
                if (busy != null) {
                    return busy;
                }
                return new ConflictException("stale-version",
                        "The record was changed by someone else; reload it and try again.");
            }
            if (name.equals("EntityExistsException")) {
                return new ConflictException("duplicate", "A record with the same key already exists.");
            }
        }
        return null;
    }

    /** The busy answer when an SQLException further down the chain says the database was busy, else null. */
    private static DomainException busyBelow(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            if (c instanceof SQLException sql && bySqlState(sql.getSQLState()) instanceof UnavailableException u) {
                return u;
            }
        }
        return null;
    }

    static DomainException bySqlState(String state) {
        if (state == null) {
            return null;
        }
        if (state.equals("23505")) {
            return new ConflictException("duplicate", "A record with the same key already exists.");
        }
        // 40001 serialization failure / Derby deadlock, 40P01 PostgreSQL deadlock, 40XL1/40XL2 Derby lock time-out,
        // 55P03 PostgreSQL lock not available (lock_timeout)
        if (state.equals("40001") || state.equals("40P01") || state.startsWith("40XL") || state.equals("55P03")) {
            return new UnavailableException("busy", "The database is busy; try again in a moment.");
        }
        return null;
    }
}
