package org.countyhall.core.internal.shell;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.api.calendar.SpecialDay;
import org.countyhall.core.internal.calendar.CalendarAdmin;

/** {@code calendar:holiday-list}: the special days of a year. */
@Service
@Command(scope = "calendar", name = "holiday-list", description = "List holidays and swapped working days of a year")
public final class CalendarHolidayList implements Action {

    @Reference
    private CalendarAdmin admin;

    @Reference
    private Clock clock;

    @Option(name = "--year", description = "Year (default this year)")
    private Integer year;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Date");
        table.column("Day");
        table.column("Kind");
        table.column("Name");
        for (SpecialDay d : admin.list(year == null ? LocalDate.now(clock).getYear() : year)) {
            table.addRow().addContent(d.date(), d.date().getDayOfWeek(), d.kind(), d.name());
        }
        table.print(System.out);
        return null;
    }
}
