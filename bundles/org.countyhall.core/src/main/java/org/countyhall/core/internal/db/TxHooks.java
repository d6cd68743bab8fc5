package org.countyhall.core.internal.db;

/** The part of a transaction the outbox needs: run something only once the current transaction commits. */
public interface TxHooks {

    /** Runs {@code action} after the current transaction commits; never when it rolls back. */
    void afterCommit(Runnable action);
}
