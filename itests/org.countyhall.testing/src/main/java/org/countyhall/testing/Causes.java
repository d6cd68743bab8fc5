package org.countyhall.testing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Questions about an exception's chain of causes, for tests that check how a database failure reaches the caller. */
public final class Causes {

    private Causes() {
    }

    /** Whether {@code t} or one of its causes is of a class with this simple name (JPA and OpenJPA both have some). */
    public static boolean causedBy(Throwable t, String simpleName) {
        for (Throwable c = t; c != null; c = next(c)) {
            if (c.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** The SQLStates of every SQLException in the chain, outermost first. */
    public static List<String> sqlStates(Throwable t) {
        List<String> states = new ArrayList<>();
        for (Throwable c = t; c != null; c = next(c)) {
            if (c instanceof SQLException sql) {
                states.add(sql.getSQLState());
            }
        }
        return states;
    }

    /** The class names of the chain, as a failure message that shows what was thrown instead. */
    public static String chain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = next(c)) {
            sb.append(c.getClass().getName()).append(" <- ");
        }
        return sb.toString();
    }

    private static Throwable next(Throwable t) {
        // some exceptions name themselves as their cause
        return t.getCause() == t ? null : t.getCause();
    }
}
