package org.countyhall.core.internal.calendar;

import static org.countyhall.core.internal.calendar.TestCalendars.at;
import static org.countyhall.core.internal.calendar.TestCalendars.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.DayKind;
import org.countyhall.core.api.calendar.Session;
import org.countyhall.core.api.calendar.SpecialDay;
import org.countyhall.core.api.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** isOpen, nextOpening, isWorkingDay and sessionsOn of the hall (L43: 08:30-12:00, 14:30-17:00). */
class RuleCalendarOpeningTest {

    private final WorkingCalendar hall = TestCalendars.hall();

    @Test
    void fixtureWeekdays() {
        assertEquals(DayOfWeek.TUESDAY, date("2026-09-15").getDayOfWeek());
        assertEquals(DayOfWeek.FRIDAY, date("2026-09-18").getDayOfWeek());
        assertEquals(DayOfWeek.WEDNESDAY, date("2026-09-30").getDayOfWeek());
        assertEquals(DayOfWeek.THURSDAY, date("2026-10-01").getDayOfWeek());
        assertEquals(DayOfWeek.SATURDAY, date("2026-10-10").getDayOfWeek());
    }

    @Test
    void opensAt0830() {
        assertFalse(hall.isOpen(at("2026-09-15T08:29")));
        assertFalse(hall.isOpen(at("2026-09-15T08:29:59.999")));
        assertTrue(hall.isOpen(at("2026-09-15T08:30")));
    }

    @Test
    void closesForLunchAt1200() {
        assertTrue(hall.isOpen(at("2026-09-15T11:59")));
        assertFalse(hall.isOpen(at("2026-09-15T12:00")));
        assertFalse(hall.isOpen(at("2026-09-15T14:29")));
        assertTrue(hall.isOpen(at("2026-09-15T14:30")));
    }

    @Test
    void closesAt1700() {
        assertTrue(hall.isOpen(at("2026-09-15T16:59")));
        assertFalse(hall.isOpen(at("2026-09-15T17:00")));
    }

    @Test
    void closedOnWeekendAndHolidayOpenOnSwappedSaturday() {
        assertFalse(hall.isOpen(at("2026-09-19T10:00")));
        assertFalse(hall.isOpen(at("2026-10-01T10:00")));
        assertTrue(hall.isOpen(at("2026-10-10T10:00")));
    }

    @Test
    void readsInstantsInTheCalendarZone() {
        // 00:30Z is 08:30 in Shanghai (UTC+8, no DST).
        assertTrue(hall.isOpen(Instant.parse("2026-09-15T00:30:00Z")));
        assertFalse(hall.isOpen(Instant.parse("2026-09-15T00:29:00Z")));
        // 2026-09-18T23:00Z is already Saturday 07:00 in Shanghai.
        assertFalse(hall.isWorkingDay(LocalDate.ofInstant(Instant.parse("2026-09-18T23:00:00Z"), hall.zone())));
    }

    @Test
    void workingDays() {
        assertTrue(hall.isWorkingDay(date("2026-09-30")));
        assertFalse(hall.isWorkingDay(date("2026-09-19")));
        assertFalse(hall.isWorkingDay(date("2026-10-01")));
        assertFalse(hall.isWorkingDay(date("2026-10-07")));
        assertTrue(hall.isWorkingDay(date("2026-10-08")));
        assertTrue(hall.isWorkingDay(date("2026-10-10")));
        assertFalse(hall.isWorkingDay(date("2026-10-11")));
    }

    @Test
    void sessionsOn() {
        List<Session> hours = Session.parse("08:30-12:00,14:30-17:00");
        assertEquals(hours, hall.sessionsOn(date("2026-09-15")));
        assertEquals(hours, hall.sessionsOn(date("2026-10-10")));
        assertEquals(List.of(), hall.sessionsOn(date("2026-09-19")));
        assertEquals(List.of(), hall.sessionsOn(date("2026-10-02")));
    }

    @Test
    void nextOpeningIsNowWhenOpen() {
        assertEquals(at("2026-09-15T08:30"), hall.nextOpening(at("2026-09-15T08:30")));
        assertEquals(at("2026-09-15T10:17:05"), hall.nextOpening(at("2026-09-15T10:17:05")));
    }

    @Test
    void nextOpeningBeforeOpeningAndDuringLunch() {
        assertEquals(at("2026-09-15T08:30"), hall.nextOpening(at("2026-09-15T00:00")));
        assertEquals(at("2026-09-15T14:30"), hall.nextOpening(at("2026-09-15T12:00")));
        assertEquals(at("2026-09-15T14:30"), hall.nextOpening(at("2026-09-15T13:10")));
    }

    @Test
    void nextOpeningFromFridayCloseIsMonday() {
        assertEquals(at("2026-09-21T08:30"), hall.nextOpening(at("2026-09-18T17:00")));
        assertEquals(at("2026-09-21T08:30"), hall.nextOpening(at("2026-09-19T11:00")));
    }

    @Test
    void nextOpeningAcrossHolidayAndSwappedSaturday() {
        assertEquals(at("2026-10-08T08:30"), hall.nextOpening(at("2026-09-30T17:00")));
        assertEquals(at("2026-10-08T08:30"), hall.nextOpening(at("2026-10-01T09:00")));
        assertEquals(at("2026-10-10T08:30"), hall.nextOpening(at("2026-10-09T17:00")));
        assertEquals(at("2026-10-12T08:30"), hall.nextOpening(at("2026-10-10T17:00")));
    }

    @Test
    void nextOpeningGivesUpAfterThreeYears() {
        // Only Mondays work, and every Monday of four years is a holiday.
        List<SpecialDay> closed = new ArrayList<>();
        for (LocalDate d = date("2026-01-05"); d.isBefore(date("2030-01-01")); d = d.plusWeeks(1)) {
            closed.add(new SpecialDay(d, DayKind.HOLIDAY, "closed"));
        }
        CalendarSpec mondays = new CalendarSpec("mondays", Session.parse("09:00-10:00"), Set.of(DayOfWeek.MONDAY));
        RuleCalendar cal = new RuleCalendar(mondays, TestCalendars.SHANGHAI, closed);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cal.nextOpening(at("2026-01-01T00:00")));
        assertEquals("no opening within 3 years", e.getMessage());
        assertThrows(IllegalStateException.class, () -> cal.addWorkingDays(date("2026-01-01"), 1));
        assertThrows(IllegalStateException.class, () -> cal.addWorkingTime(at("2026-01-01T00:00"), java.time.Duration.ofMinutes(1)));
        // The first Monday after the data is found.
        assertEquals(at("2030-01-07T09:00"), cal.nextOpening(at("2027-06-01T00:00")));
    }

    @Test
    void rejectsTheSameSpecialDayTwice() {
        List<SpecialDay> twice = List.of(
                new SpecialDay(date("2026-10-01"), DayKind.HOLIDAY, "a"),
                new SpecialDay(date("2026-10-01"), DayKind.WORKDAY, "b"));
        assertThrows(IllegalArgumentException.class, () -> CalendarDefaults.hall(twice));
    }
}
