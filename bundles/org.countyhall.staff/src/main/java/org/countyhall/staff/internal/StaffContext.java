package org.countyhall.staff.internal;

import java.time.Clock;
import java.util.function.Supplier;

import org.countyhall.core.api.security.Actor;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.jpa.Jpa;

/**
 * What every use case of the directory works with: the unit of work, core's audit, outbox and clock, and the live
 * configuration, and who is reading (for {@link StaffPrivacy}). The component builds it from its references; a
 * test from TestJpa and recording fakes.
 */
record StaffContext(Jpa jpa, AuditLog audit, EventOutbox events, Clock clock, Supplier<StaffConfig> config,
        Supplier<Actor> reader) {

    static NotFoundException notFound(String number) {
        return new NotFoundException("No staff member " + number);
    }
}
