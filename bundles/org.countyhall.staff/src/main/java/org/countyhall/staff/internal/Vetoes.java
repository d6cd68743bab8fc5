package org.countyhall.staff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.countyhall.core.api.error.UnavailableException;
import org.countyhall.staff.api.Veto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the checks other bundles registered (departure or transfer). Listing the vetoes, a check that fails counts
 * as a veto; deciding, it stops the change with 503: its failure may have spoiled the transaction, and a broken
 * bundle must not let a departure or transfer through, even forced.
 */
final class Vetoes {

    private static final Logger LOG = LoggerFactory.getLogger(Vetoes.class);

    private Vetoes() {
    }

    /**
     * Every check's vetoes; {@code kind} ("Departure", "Transfer") names them in the log. {@code failCode} null: listing (a failed check is a veto); otherwise deciding, and a failed
     * check throws 503 with that code ({@code departure-check-failed}, {@code transfer-check-failed}).
     */
    static <C> List<Veto> ask(String kind, List<C> checks, Function<C, String> name,
            Function<C, List<String>> vetoes, String failCode) {
        List<Veto> found = new ArrayList<>();
        for (C check : checks) {
            try {
                vetoes.apply(check).forEach(reason -> found.add(new Veto(name.apply(check), reason)));
            } catch (RuntimeException e) {
                // the classes and SQL states of the causes only: a message may quote a name or a leave reason
                LOG.warn("{} check {} ({}) failed with {}", kind, name.apply(check), check.getClass().getName(),
                        causes(e));
                if (failCode != null) {
                    throw new UnavailableException(failCode, "The check '" + name.apply(check)
                            + "' failed; try again, or remove the bundle that registers it");
                }
                found.add(new Veto(String.valueOf(name.apply(check)), "the check failed; see the log"));
            }
        }
        return found;
    }

    /** {@code a.B <- c.D [SQLState 40P01]}: what failed, without a message that could carry personal data. */
    static String causes(Throwable e) {
        StringBuilder b = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            b.append(b.length() == 0 ? "" : " <- ").append(t.getClass().getName());
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                b.append(" [SQLState ").append(sql.getSQLState()).append(']');
            }
        }
        return b.toString();
    }
}
