package org.countyhall.core.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.countyhall.core.api.calendar.DayKind;
import org.countyhall.core.api.calendar.SpecialDay;
import org.countyhall.core.internal.calendar.CalendarAdmin;

/** {@code calendar:holiday-add}: enters a holiday or a swapped working day (调休). */
@Service
@Command(scope = "calendar", name = "holiday-add", description = "Add a holiday or a swapped working day")
public final class CalendarHolidayAdd implements Action {

    @Reference
    private CalendarAdmin admin;

    @Argument(index = 0, name = "date", required = true, description = "yyyy-MM-dd")
    private String date;

    @Argument(index = 1, name = "kind", required = true, description = "HOLIDAY or WORKDAY")
    @Completion(value = StringsCompleter.class, values = {"HOLIDAY", "WORKDAY"})
    private String kind;

    @Argument(index = 2, name = "name", description = "Name, e.g. 国庆节")
    private String name = "";

    @Override
    public Object execute() {
        SpecialDay d = admin.put(new SpecialDay(LocalDate.parse(date), DayKind.valueOf(kind.toUpperCase()), name));
        System.out.println("Added " + d.date() + " " + d.kind() + " " + d.name());
        return null;
    }
}
