package org.countyhall.core.internal.db;

import java.util.concurrent.Callable;

import org.countyhall.core.api.db.Transactions;

/** {@link Transactions} for tests on {@link TestDatabase}: the work runs as it is, each statement autocommitted. */
public final class DirectTransactions implements Transactions {

    public static final Transactions INSTANCE = new DirectTransactions();

    private DirectTransactions() {
    }

    @Override
    public <T> T required(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
