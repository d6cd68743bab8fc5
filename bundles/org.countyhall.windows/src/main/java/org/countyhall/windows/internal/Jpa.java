package org.countyhall.windows.internal;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.countyhall.core.api.error.DomainException;

/**
 * Runs work through Aries JPA's template in a JTA transaction (core's audit and outbox join it) and gives back
 * our own domain exceptions unwrapped, so the console shows them as the REST layer does.
 */
final class Jpa {

    private final JpaTemplate template;

    Jpa(JpaTemplate template) {
        this.template = template;
    }

    /** In a transaction: joins the caller's or begins one and commits it. */
    <R> R write(EmFunction<R> work) {
        return run(TransactionType.Required, work);
    }

    /** Without starting a transaction. */
    <R> R read(EmFunction<R> work) {
        return run(TransactionType.Supports, work);
    }

    private <R> R run(TransactionType type, EmFunction<R> work) {
        try {
            return template.txExpr(type, work);
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof DomainException d) {
                    throw d;
                }
            }
            throw e;
        }
    }
}
