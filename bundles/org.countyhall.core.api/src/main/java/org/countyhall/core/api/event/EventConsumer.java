package org.countyhall.core.api.event;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A domain's handler of events, run by core: register one as an OSGi service and core delivers every event whose
 * topic starts with {@link #topics()}, oldest first, <b>once per cluster</b>. Each call runs inside the
 * transaction that also moves this consumer's cursor, so the handler's database work (through the shared
 * DataSource and {@code Transactions}) and "handled" commit together or not at all. Core catches up from the
 * cursor as soon as the service appears, polls the outbox for events committed on other nodes, retries a handler
 * that throws with back-off and, after the configured attempts, parks the event and goes on with the next ones
 * (docs/events.md).
 */
@ConsumerType
public interface EventConsumer {

    /**
     * The consumer's name, the key of its cursor: {@code <domain>.<what>}, e.g. {@code windows.staff-departed}
     * (1 to 100 characters of {@code a-z 0-9 . -}). Renaming a consumer starts it again from the first event.
     */
    String name();

    /** The topics handled: a literal prefix, e.g. {@code org/countyhall/staff/DEPARTED} or {@code org/countyhall/staff/}. */
    String topics();

    /**
     * Handles one event. Throwing rolls back everything the call wrote and the event is tried again later; the
     * same event is never handled twice once a call returned, even with several nodes.
     */
    void handle(OutboxEvent event) throws Exception;
}
