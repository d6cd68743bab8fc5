package org.countyhall.core.internal.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.countyhall.core.api.db.Transactions;

/**
 * Real transactions for tests on {@link TestDatabase}, one JDBC connection per transaction and thread: what the
 * work writes through {@link #dataSource()} commits or rolls back together, and other threads do not see it
 * before the commit (as JTA does in Karaf). After-commit actions run once the commit is done, never on rollback.
 */
public final class LocalTransactions implements Transactions, TxHooks {

    private final DataSource target;
    private final ThreadLocal<Tx> current = new ThreadLocal<>();
    private final DataSource aware;

    public LocalTransactions(DataSource target) {
        this.target = target;
        this.aware = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Tx tx = current.get();
                    if (tx != null && method.getName().equals("getConnection")) {
                        return tx.handle;
                    }
                    return invoke(method, target, args);
                });
    }

    /** Connections of the current transaction on this thread, or plain autocommit ones outside of one. */
    public DataSource dataSource() {
        return aware;
    }

    @Override
    public <T> T required(Callable<T> work) {
        if (current.get() != null) {
            return call(work);
        }
        Tx tx;
        try {
            Connection c = target.getConnection();
            c.setAutoCommit(false);
            tx = new Tx(c);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
        current.set(tx);
        T result;
        try {
            result = call(work);
            tx.connection.commit();
        } catch (RuntimeException | Error e) {
            rollback(tx.connection);
            throw e;
        } catch (SQLException e) {
            rollback(tx.connection);
            throw new DataAccessException(e);
        } finally {
            current.remove();
            close(tx.connection);
        }
        tx.afterCommit.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        Tx tx = current.get();
        if (tx == null) {
            action.run();
        } else {
            tx.afterCommit.add(action);
        }
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the work's own failure is the one to report
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to do with it
        }
    }

    /** One transaction: its connection, a handle whose close() keeps it open, what to run after commit. */
    private static final class Tx {
        final Connection connection;
        final Connection handle;
        final List<Runnable> afterCommit = new ArrayList<>();

        Tx(Connection connection) {
            this.connection = connection;
            this.handle = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals("close")
                            ? null : invoke(method, connection, args));
        }
    }
}
