package org.countyhall.core.internal.db;

import java.util.concurrent.Callable;

import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;

import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.error.DomainException;
import org.countyhall.core.api.error.UnavailableException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Transactions} on the platform's JTA transaction manager. */
@Component(service = Transactions.class)
public final class JtaTransactions implements Transactions {

    private final TransactionManager tm;

    @Activate
    public JtaTransactions(@Reference TransactionManager tm) {
        this.tm = tm;
    }

    @Override
    public <T> T required(Callable<T> work) {
        try {
            if (tm.getStatus() == Status.STATUS_ACTIVE) {
                return call(work);
            }
            tm.begin();
        } catch (javax.transaction.NotSupportedException | SystemException e) {
            throw new UnavailableException("Transaction manager unavailable: " + e.getMessage());
        }
        T result;
        try {
            result = call(work);
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        }
        try {
            tm.commit();
        } catch (Exception e) {
            DomainException d = Failures.classify(e);
            throw d != null ? d : new IllegalStateException("commit failed", e);
        }
        return result;
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            DomainException d = Failures.classify(e);
            throw d != null ? d : e;
        } catch (Exception e) {
            DomainException d = Failures.classify(e);
            throw d != null ? d : new IllegalStateException(e);
        }
    }

    private void rollbackQuietly() {
        try {
            if (tm.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tm.rollback();
            }
        } catch (Exception ignored) {
            // the original failure is what the caller needs to see
        }
    }
}
