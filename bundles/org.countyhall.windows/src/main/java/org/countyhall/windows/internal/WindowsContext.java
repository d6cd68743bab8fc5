package org.countyhall.windows.internal;

import java.time.Clock;
import java.util.function.Supplier;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.calendar.WorkingCalendar;
import org.countyhall.core.api.calendar.WorkingCalendars;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.jpa.Jpa;
import org.countyhall.staff.api.StaffCheck;

/**
 * What every use case of the registry works with: the unit of work, core's audit, outbox, clock and calendars, the
 * staff check of the moment (the directory may come and go), the live configuration, and a hook telling the public
 * postings that windows changed. The component builds it from its references; a test from TestJpa and fakes.
 */
record WindowsContext(Jpa jpa, AuditLog audit, EventOutbox events, Clock clock, WorkingCalendars calendars,
        Supplier<StaffCheck> staff, Supplier<WindowsConfig> config, Runnable windowsChanged) {

    /** The A/B coverage rules with the configured leave bound (L845). */
    CoverageRules coverageRules() {
        return new CoverageRules(config.get().leave_maxDaysWithoutSubstitute());
    }

    /** The window's calendar; the hall's if its calendar was removed from the configuration since. */
    WorkingCalendar calendar(String name) {
        return calendars.find(name).orElseGet(calendars::hall);
    }
}
