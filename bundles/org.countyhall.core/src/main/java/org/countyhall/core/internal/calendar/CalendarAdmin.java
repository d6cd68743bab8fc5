package org.countyhall.core.internal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.SpecialDay;

/** The office's side of the calendars: holidays and swapped working days, shared by every calendar. */
public interface CalendarAdmin {

    /** Adds or replaces the special day on its date. */
    SpecialDay put(SpecialDay day);

    /** Removes the special day on {@code date}; false if there was none. */
    boolean remove(LocalDate date);

    /** Special days of a year, in date order. */
    List<SpecialDay> list(int year);

    /** Imports a year's CSV: all rows or none; with {@code dryRun} only validates. */
    HolidayCsv.Result importCsv(String text, int year, boolean dryRun);

    /** The configured specs by name. */
    Map<String, CalendarSpec> specs();
}
