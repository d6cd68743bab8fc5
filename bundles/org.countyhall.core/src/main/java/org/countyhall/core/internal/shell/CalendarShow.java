package org.countyhall.core.internal.shell;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.WorkingCalendar;
import org.countyhall.core.api.calendar.WorkingCalendars;
import org.countyhall.core.internal.calendar.CalendarAdmin;

/** {@code calendar:show}: a calendar's hours and whether it is open now (or at --at). */
@Service
@Command(scope = "calendar", name = "show", description = "Show a working calendar and whether it is open")
public final class CalendarShow implements Action {

    @Reference
    private WorkingCalendars calendars;

    @Reference
    private CalendarAdmin admin;

    @Reference
    private Clock clock;

    @Argument(index = 0, name = "name", description = "Calendar name (default: hall)")
    private String name = WorkingCalendars.HALL;

    @Option(name = "--at", description = "Instant, ISO-8601 with offset (default now)")
    private String at;

    @Override
    public Object execute() {
        WorkingCalendar c = calendars.find(name)
                .orElseThrow(() -> new IllegalArgumentException("No calendar '" + name + "'; known: " + calendars.names()));
        CalendarSpec spec = admin.specs().get(name);
        Instant t = at == null ? clock.instant() : OffsetDateTime.parse(at).toInstant();
        System.out.println("Calendar " + name + " (" + c.zone() + ")");
        System.out.println("  sessions:     " + spec.sessions());
        System.out.println("  working days: " + new TreeSet<>(spec.workingDays()));
        System.out.println("  at " + t.atZone(c.zone()).toOffsetDateTime() + ": " + (c.isOpen(t) ? "OPEN" : "closed"));
        System.out.println("  next opening: " + c.nextOpening(t).atZone(c.zone()).toOffsetDateTime());
        return null;
    }
}
