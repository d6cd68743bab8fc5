package org.countyhall.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

/**
 * The SQL a test's EntityManagers prepare, in order: shows what a store asks the database for (a page reads only
 * the page's rows), which its results alone cannot show. {@link JpaTestDatabase#sql()} holds the one of a database.
 */
public final class SqlRecorder {

    private final List<String> statements = new CopyOnWriteArrayList<>();

    /** The data source, with every statement prepared through its connections recorded here. */
    DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    private Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                        statements.add(sql);
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** What was prepared since the last {@link #clear()}. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    public void clear() {
        statements.clear();
    }
}
