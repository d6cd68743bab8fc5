package org.countyhall.core.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.Session;
import org.junit.jupiter.api.Test;

/** Calendar specs read from configuration PID org.countyhall.calendar, with the centre's defaults. */
class CalendarConfigTest {

    private static final Set<DayOfWeek> MON_TO_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Test
    void emptyConfigurationGivesTheHallAndTheVillageDefaults() {
        Map<String, CalendarSpec> specs = CalendarConfig.specs(Map.of());

        assertEquals(List.of("hall", "village"), List.copyOf(specs.keySet()));
        assertEquals(new CalendarSpec("hall", List.of(session(8, 30, 12, 0), session(14, 30, 17, 0)), MON_TO_FRI),
                specs.get("hall"));
        assertEquals(new CalendarSpec("village", List.of(session(8, 0, 12, 0), session(14, 0, 18, 0)), MON_TO_FRI),
                specs.get("village"));
    }

    @Test
    void furtherCalendarsTakeTheirOwnSessionsAndDays() {
        Map<String, CalendarSpec> specs = CalendarConfig.specs(Map.of(
                "calendars", "village, town",
                "town.sessions", "09:00-17:00",
                "town.days", "MON,TUE,SAT"));

        assertEquals(List.of("hall", "village", "town"), List.copyOf(specs.keySet()));
        assertEquals(new CalendarSpec("town", List.of(session(9, 0, 17, 0)),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SATURDAY)), specs.get("town"));
        assertEquals(new CalendarSpec("village", List.of(session(8, 0, 12, 0), session(14, 0, 18, 0)), MON_TO_FRI),
                specs.get("village"));
    }

    @Test
    void furtherCalendarWithoutSessionsTakesTheHallRule() {
        Map<String, CalendarSpec> specs = CalendarConfig.specs(Map.of("calendars", "town", "hall.days", "monday,Sat"));

        assertEquals(List.of("hall", "town"), List.copyOf(specs.keySet()));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), specs.get("hall").workingDays());
        assertEquals(new CalendarSpec("town", List.of(session(8, 30, 12, 0), session(14, 30, 17, 0)), MON_TO_FRI),
                specs.get("town"));
    }

    @Test
    void badSessionTextNamesTheCalendar() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalendarConfig.specs(Map.of("calendars", "town", "town.sessions", "9-17")));

        assertEquals("calendar 'town': session '9-17': '9' is not a time HH:mm (00:00-23:59)", e.getMessage());
    }

    @Test
    void aCalendarMayNotTakeTheNameOfAPathWord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalendarConfig.specs(Map.of("calendars", "town, Days")));

        assertEquals("calendars: 'Days' is a word of the REST paths, not a name", e.getMessage());
    }

    @Test
    void badDayNamesTheCalendar() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalendarConfig.specs(Map.of("calendars", "town", "town.days", "MON,FUNDAY")));

        assertEquals("calendar 'town': unknown day 'FUNDAY'", e.getMessage());
    }

    @Test
    void aVillageWindowMayOpenFromEightToEighteenAndNotOutsideL383() {
        Map<String, CalendarSpec> edge = CalendarConfig.specs(Map.of("village.sessions", "08:00-18:00"));
        assertEquals(List.of(session(8, 0, 18, 0)), edge.get("village").sessions());

        IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
                () -> CalendarConfig.specs(Map.of("village.sessions", "07:30-12:00,14:00-17:00")));
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> CalendarConfig.specs(Map.of("calendars", "town", "town.sessions", "09:00-12:00,14:00-18:30")));

        assertEquals("calendar 'village': village.sessions: 07:30-12:00 is outside 08:00-18:00, the hours a village "
                + "or community window may open (L383)", early.getMessage());
        assertEquals("calendar 'town': town.sessions: 14:00-18:30 is outside 08:00-18:00, the hours a village "
                + "or community window may open (L383)", late.getMessage());
    }

    @Test
    void theHallsOwnHoursAreNotBoundByTheVillageRule() {
        Map<String, CalendarSpec> specs = CalendarConfig.specs(Map.of("hall.sessions", "07:30-12:00,14:00-19:00"));

        assertEquals(List.of(session(7, 30, 12, 0), session(14, 0, 19, 0)), specs.get("hall").sessions());
    }

    private static Session session(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new Session(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }
}
