package org.countyhall.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.transaction.RollbackException;
import javax.transaction.Status;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;

import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.UnavailableException;
import org.junit.jupiter.api.Test;

/** Transactions begin, join, commit and roll back; database failures found at commit become 409 / 503. */
class JtaTransactionsTest {

    @Test
    void beginsAndCommitsWhenNoTransactionIsActive() {
        RecordingTm tm = new RecordingTm(null);
        assertEquals("done", new JtaTransactions(tm).required(() -> "done"));
        assertEquals(List.of("begin", "commit"), tm.calls);
    }

    @Test
    void joinsTheCallersTransactionWithoutCommittingIt() {
        RecordingTm tm = new RecordingTm(null);
        tm.status = Status.STATUS_ACTIVE;
        new JtaTransactions(tm).required(() -> "joined");
        assertEquals(List.of(), tm.calls);
    }

    @Test
    void rollsBackWhenTheWorkFails() {
        RecordingTm tm = new RecordingTm(null);
        assertThrows(IllegalStateException.class, () -> new JtaTransactions(tm).required(() -> {
            throw new IllegalStateException("no");
        }));
        assertEquals(List.of("begin", "rollback"), tm.calls);
    }

    @Test
    void aUniqueViolationFoundAtCommitIsAConflict() {
        RollbackException atCommit = new RollbackException("rolled back");
        atCommit.initCause(new SQLException("duplicate key value violates unique constraint", "23505"));
        RecordingTm tm = new RecordingTm(atCommit);
        ConflictException e = assertThrows(ConflictException.class, () -> new JtaTransactions(tm).required(() -> 1));
        assertEquals(409, e.status());
    }

    @Test
    void aDeadlockFoundAtCommitIsUnavailable() {
        RollbackException atCommit = new RollbackException("rolled back");
        atCommit.initCause(new SQLException("deadlock detected", "40P01"));
        RecordingTm tm = new RecordingTm(atCommit);
        UnavailableException e = assertThrows(UnavailableException.class,
                () -> new JtaTransactions(tm).required(() -> 1));
        assertEquals(503, e.status());
    }

    @Test
    void aUniqueViolationDuringTheWorkIsAConflictAndRollsBack() {
        RecordingTm tm = new RecordingTm(null);
        assertThrows(ConflictException.class, () -> new JtaTransactions(tm).required(() -> {
            throw new DataAccessException(new SQLException("dup", "23505"));
        }));
        assertEquals(List.of("begin", "rollback"), tm.calls);
    }

    /** Records begin/commit/rollback; commit throws the given failure, as a JTA manager does at commit. */
    private static final class RecordingTm implements TransactionManager {
        final List<String> calls = new ArrayList<>();
        final RollbackException commitFailure;
        int status = Status.STATUS_NO_TRANSACTION;

        RecordingTm(RollbackException commitFailure) {
            this.commitFailure = commitFailure;
        }

        @Override
        public void begin() {
            calls.add("begin");
            status = Status.STATUS_ACTIVE;
        }

        @Override
        public void commit() throws RollbackException {
            calls.add("commit");
            status = Status.STATUS_NO_TRANSACTION;
            if (commitFailure != null) {
                throw commitFailure;
            }
        }

        @Override
        public void rollback() {
            calls.add("rollback");
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public Transaction getTransaction() {
            return null;
        }

        @Override
        public void resume(Transaction tobj) {
            throw new UnsupportedOperationException("not used by JtaTransactions");
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException("not used by JtaTransactions");
        }

        @Override
        public void setTransactionTimeout(int seconds) {
            throw new UnsupportedOperationException("not used by JtaTransactions");
        }

        @Override
        public Transaction suspend() {
            throw new UnsupportedOperationException("not used by JtaTransactions");
        }
    }
}
