package org.countyhall.core.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarSpecTest {

    private static final Set<DayOfWeek> WEEK = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final List<Session> HOURS = Session.parse("08:30-12:00,14:30-17:00");

    @Test
    void hallDefaultsAreTheRulesHours() {
        CalendarSpec hall = CalendarDefaults.HALL;
        assertEquals("hall", hall.name());
        assertEquals(HOURS, hall.sessions());
        assertEquals(WEEK, hall.workingDays());
        // L43 gives 6 h of opening a day; the 8 h of L71 is staff time, not opening time.
        Duration open = hall.sessions().stream().map(Session::length).reduce(Duration.ZERO, Duration::plus);
        assertEquals(Duration.ofHours(6), open);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hall", "village-1", "0abc", "a", "abcdefghijklmnopqrstuvwxyz012345"})
    void acceptsNames(String name) {
        assertDoesNotThrow(() -> new CalendarSpec(name, HOURS, WEEK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Hall", "-x", "a_b", "a b", "村", "abcdefghijklmnopqrstuvwxyz0123456"})
    void rejectsNames(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CalendarSpec(name, HOURS, WEEK));
        assertTrue(e.getMessage().contains("must match"), e.getMessage());
    }

    @Test
    void rejectsMissingSessions() {
        assertThrows(IllegalArgumentException.class, () -> new CalendarSpec("x", List.of(), WEEK));
        assertThrows(IllegalArgumentException.class, () -> new CalendarSpec("x", null, WEEK));
    }

    @Test
    void rejectsUnsortedSessions() {
        List<Session> unsorted = List.of(HOURS.get(1), HOURS.get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CalendarSpec("x", unsorted, WEEK));
        assertTrue(e.getMessage().contains("sorted, non-overlapping"), e.getMessage());
    }

    @Test
    void rejectsOverlappingSessions() {
        List<Session> overlap = Session.parse("08:30-12:00,11:59-17:00");
        assertThrows(IllegalArgumentException.class, () -> new CalendarSpec("x", overlap, WEEK));
    }

    @Test
    void acceptsTouchingSessions() {
        assertDoesNotThrow(() -> new CalendarSpec("x", Session.parse("08:00-12:00,12:00-13:00"), WEEK));
    }

    @Test
    void rejectsNoWorkingWeekday() {
        assertThrows(IllegalArgumentException.class, () -> new CalendarSpec("x", HOURS, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new CalendarSpec("x", HOURS, null));
    }

    @Test
    void copiesItsInputs() {
        List<Session> sessions = new ArrayList<>(HOURS);
        Set<DayOfWeek> days = EnumSet.copyOf(WEEK);
        CalendarSpec spec = new CalendarSpec("x", sessions, days);
        sessions.clear();
        days.clear();
        assertEquals(2, spec.sessions().size());
        assertEquals(5, spec.workingDays().size());
    }
}
