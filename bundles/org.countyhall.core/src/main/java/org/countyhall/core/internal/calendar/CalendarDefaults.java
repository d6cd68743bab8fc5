package org.countyhall.core.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.Session;
import org.countyhall.core.api.calendar.SpecialDay;
import org.countyhall.core.api.calendar.WorkingCalendars;

/**
 * Shipped defaults of the hall calendar, from the centre's rules (reference/window-rules-zh.txt):
 * <ul>
 * <li>L43: the hall opens 08:30–17:00 with a lunch break 12:00–14:30, closed on statutory holidays;</li>
 * <li>L71: five working days a week, 8 hours a day. Those 8 hours are the staff's working time
 * (they arrive before opening and stay after closing); the public opening time is
 * 08:30–12:00 + 14:30–17:00 = 6 h, which is what the hall calendar counts;</li>
 * <li>L383: a village/community window opens somewhere between 08:00 and 18:00, so its calendar
 * is a separate named one whose sessions must stay inside those bounds.</li>
 * </ul>
 * Defaults only: a centre changes them by configuration, never by editing this class.
 */
public final class CalendarDefaults {

    /** Zone of the centre's local time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Morning and afternoon opening of the hall (L43). */
    public static final List<Session> HALL_SESSIONS = List.of(
            new Session(LocalTime.of(8, 30), LocalTime.of(12, 0)),
            new Session(LocalTime.of(14, 30), LocalTime.of(17, 0)));

    /** Monday to Friday (L71). */
    public static final Set<DayOfWeek> HALL_DAYS = Set.of(
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** The hall's weekly rule. */
    public static final CalendarSpec HALL = new CalendarSpec(WorkingCalendars.HALL, HALL_SESSIONS, HALL_DAYS);

    /** Earliest opening of a village/community window (L383). */
    public static final LocalTime VILLAGE_EARLIEST = LocalTime.of(8, 0);

    /** Latest closing of a village/community window (L383). */
    public static final LocalTime VILLAGE_LATEST = LocalTime.of(18, 0);

    private CalendarDefaults() {
    }

    /** The hall calendar in the default zone with the given holidays and swapped working days. */
    public static RuleCalendar hall(Collection<SpecialDay> specialDays) {
        return new RuleCalendar(HALL, ZONE, specialDays);
    }
}
