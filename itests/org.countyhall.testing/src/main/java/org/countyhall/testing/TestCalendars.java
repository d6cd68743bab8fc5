package org.countyhall.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.DayKind;
import org.countyhall.core.api.calendar.Session;
import org.countyhall.core.api.calendar.SpecialDay;
import org.countyhall.core.api.calendar.WorkingCalendar;
import org.countyhall.core.api.calendar.WorkingCalendars;
import org.countyhall.core.internal.calendar.RuleCalendar;

/**
 * Calendars for domain tests: core's real calendar arithmetic (so a domain test does not reach into core's
 * {@code .internal}) for the hall and a village window, with National Day 2026.
 */
public final class TestCalendars {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final String HALL = "hall";
    public static final String VILLAGE = "village";

    private TestCalendars() {
    }

    /**
     * The same test data as core's calendar tests, not the official notice: National Day 2026-10-01 (Thu) ..
     * 2026-10-07 (Wed) closed, Saturday 2026-10-10 a swapped working day (调休).
     */
    public static List<SpecialDay> nationalDay2026() {
        List<SpecialDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
            days.add(new SpecialDay(d, DayKind.HOLIDAY, "国庆节"));
        }
        days.add(new SpecialDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节调休"));
        return days;
    }

    /** The hall (L43, L71): 08:30-12:00 and 14:30-17:00, Monday to Friday. */
    public static WorkingCalendar hall() {
        return new RuleCalendar(new CalendarSpec(HALL, Session.parse("08:30-12:00,14:30-17:00"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), SHANGHAI, nationalDay2026());
    }

    /** A village window (L383): 08:00-18:00 without a lunch break, Monday to Friday. */
    public static WorkingCalendar village() {
        return new RuleCalendar(new CalendarSpec(VILLAGE, Session.parse("08:00-18:00"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), SHANGHAI, nationalDay2026());
    }

    /** The hall's hours on six days, Monday to Saturday: a calendar where a Saturday is a working day. */
    public static WorkingCalendar sixDays() {
        return new RuleCalendar(new CalendarSpec("six-days", Session.parse("08:30-12:00,14:30-17:00"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)), SHANGHAI, nationalDay2026());
    }

    /** The calendars by name, as the service looks them up (the hall's for an unknown name). */
    public static Function<String, WorkingCalendar> byName() {
        WorkingCalendar hall = hall();
        WorkingCalendar village = village();
        return name -> VILLAGE.equals(name) ? village : hall;
    }

    /** The hall's calendar and these others, by name, as core's {@link WorkingCalendars} service offers them. */
    public static WorkingCalendars calendars(WorkingCalendar... others) {
        WorkingCalendar hall = hall();
        Map<String, WorkingCalendar> byName = Stream.concat(Stream.of(hall), Stream.of(others))
                .collect(Collectors.toMap(WorkingCalendar::name, c -> c, (a, b) -> b, java.util.TreeMap::new));
        return new WorkingCalendars() {
            @Override
            public WorkingCalendar hall() {
                return byName.get(HALL);
            }

            @Override
            public Optional<WorkingCalendar> find(String name) {
                return Optional.ofNullable(name == null ? null : byName.get(name));
            }

            @Override
            public List<String> names() {
                return List.copyOf(byName.keySet());
            }
        };
    }

    /** An instant with its offset, e.g. {@code at("2026-12-07T09:00+08:00")}. */
    public static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
