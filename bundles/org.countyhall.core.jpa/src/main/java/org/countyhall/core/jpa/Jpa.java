package org.countyhall.core.jpa;

import javax.persistence.EntityManager;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a domain's services run their JPA work. A write joins the caller's transaction or begins one and commits it
 * (so a service's audit entry and outbox event commit or roll back with its rows); a read starts none. Our own
 * {@link org.countyhall.core.api.error.DomainException}s come out unwrapped, so REST and the console show them alike.
 */
@ProviderType
public interface Jpa {

    /** Work on the domain's EntityManager. */
    @FunctionalInterface
    interface Work<R> {
        R apply(EntityManager em);
    }

    /** In a transaction: joins the caller's or begins one and commits it; rolls back if {@code work} throws. */
    <R> R write(Work<R> work);

    /** Without starting a transaction (in the caller's, if there is one). */
    <R> R read(Work<R> work);

    /** Whether this thread runs in a transaction (a {@link RecordCache} serves only outside one). */
    boolean inTransaction();
}
