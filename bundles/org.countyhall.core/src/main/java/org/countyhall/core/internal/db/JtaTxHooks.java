package org.countyhall.core.internal.db;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link TxHooks} on the JTA transaction manager; without a transaction in progress the action runs at once. */
@Component(service = TxHooks.class)
public final class JtaTxHooks implements TxHooks {

    private final TransactionManager tm;

    @Activate
    public JtaTxHooks(@Reference TransactionManager tm) {
        this.tm = tm;
    }

    @Override
    public void afterCommit(Runnable action) {
        try {
            Transaction tx = tm.getTransaction();
            if (tx == null || tx.getStatus() == Status.STATUS_NO_TRANSACTION) {
                action.run();
                return;
            }
            tx.registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        action.run();
                    }
                }
            });
        } catch (SystemException | javax.transaction.RollbackException e) {
            throw new IllegalStateException("cannot register an after-commit action", e);
        }
    }
}
