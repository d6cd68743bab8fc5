package org.countyhall.core.internal.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.DayKind;
import org.countyhall.core.api.calendar.Session;
import org.countyhall.core.api.calendar.SpecialDay;

/** Shared fixtures: the hall and a village calendar with 2026 National Day data. */
final class TestCalendars {

    static final ZoneId SHANGHAI = CalendarDefaults.ZONE;

    private TestCalendars() {
    }

    /**
     * Test data, not the official notice: National Day 2026-10-01 (Thu) .. 2026-10-07 (Wed) closed,
     * Saturday 2026-10-10 a swapped working day (调休).
     */
    static List<SpecialDay> nationalDay2026() {
        List<SpecialDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
            days.add(new SpecialDay(d, DayKind.HOLIDAY, "国庆节"));
        }
        days.add(new SpecialDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节调休"));
        return days;
    }

    static RuleCalendar hall() {
        return CalendarDefaults.hall(nationalDay2026());
    }

    static RuleCalendar hallWithoutHolidays() {
        return CalendarDefaults.hall(List.of());
    }

    /** A village window open 08:00-18:00 without lunch break, Monday to Saturday (L383 bounds). */
    static RuleCalendar village() {
        CalendarSpec spec = new CalendarSpec("village", Session.parse("08:00-18:00"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        return new RuleCalendar(spec, SHANGHAI, nationalDay2026());
    }

    /** Shanghai local time, e.g. {@code at("2026-09-15T08:30")}. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
