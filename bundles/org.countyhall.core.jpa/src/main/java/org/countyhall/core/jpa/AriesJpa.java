package org.countyhall.core.jpa;

import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.countyhall.core.api.error.DomainException;

/**
 * {@link Jpa} on a domain's Aries JPA template: {@code new AriesJpa(template, tm)} in the service component's
 * constructor, with {@code @Reference(target = "(osgi.unit.name=<domain>)") JpaTemplate template} and
 * {@code @Reference TransactionManager tm} (the one the template's transactions run on).
 */
public final class AriesJpa implements Jpa {

    private final JpaTemplate template;
    private final TransactionManager tm;

    public AriesJpa(JpaTemplate template, TransactionManager tm) {
        this.template = template;
        this.tm = tm;
    }

    @Override
    public <R> R write(Work<R> work) {
        return run(TransactionType.Required, work);
    }

    @Override
    public <R> R read(Work<R> work) {
        return run(TransactionType.Supports, work);
    }

    @Override
    public boolean inTransaction() {
        try {
            return tm.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return true; // the answer that caches nothing
        }
    }

    private <R> R run(TransactionType type, Work<R> work) {
        try {
            return template.txExpr(type, work::apply);
        } catch (RuntimeException e) {
            throw unwrapped(e);
        }
    }

    /** The first DomainException in the cause chain (Aries wraps what the work throws), else {@code e} itself. */
    static RuntimeException unwrapped(RuntimeException e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DomainException d) {
                return d;
            }
        }
        return e;
    }
}
