package org.countyhall.core.internal.calendar;

import static org.countyhall.core.internal.calendar.TestCalendars.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.Session;
import org.countyhall.core.api.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** Working-time arithmetic of the hall: 3.5 h morning + 2.5 h afternoon = 6 h per working day. */
class RuleCalendarTimeTest {

    private final WorkingCalendar hall = TestCalendars.hall();

    private static Duration h(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    @Test
    void acrossLunch() {
        assertEquals(at("2026-09-15T15:30"), hall.addWorkingTime(at("2026-09-15T11:00"), h(2)));
        assertEquals(at("2026-09-15T14:31"), hall.addWorkingTime(at("2026-09-15T11:59"), h(2 / 60.0)));
    }

    @Test
    void endingExactlyAtASessionEndReturnsThatEnd() {
        assertEquals(at("2026-09-15T12:00"), hall.addWorkingTime(at("2026-09-15T11:00"), h(1)));
        assertEquals(at("2026-09-15T17:00"), hall.addWorkingTime(at("2026-09-15T08:30"), h(6)));
    }

    @Test
    void acrossTheEndOfDay() {
        assertEquals(at("2026-09-16T09:30"), hall.addWorkingTime(at("2026-09-15T16:00"), h(2)));
    }

    @Test
    void acrossAWeekend() {
        assertEquals(at("2026-09-21T09:30"), hall.addWorkingTime(at("2026-09-18T16:00"), h(2)));
        // 1 h on Friday + the whole 6 h of Monday ends at Monday's close.
        assertEquals(at("2026-09-21T17:00"), hall.addWorkingTime(at("2026-09-18T16:00"), h(7)));
    }

    @Test
    void acrossNationalDay() {
        // 1 h on 09-30, then 10-01..10-07 closed, 2 h on 10-08.
        assertEquals(at("2026-10-08T10:30"), hall.addWorkingTime(at("2026-09-30T16:00"), h(3)));
        // 1 h on 09-30, 6 h on 10-08, 6 h on 10-09, 1 h on the swapped Saturday 10-10.
        assertEquals(at("2026-10-10T09:30"), hall.addWorkingTime(at("2026-09-30T16:00"), h(14)));
    }

    @Test
    void fromAClosedInstantStartsAtTheNextOpening() {
        assertEquals(at("2026-09-21T09:30"), hall.addWorkingTime(at("2026-09-19T10:00"), h(1)));
        assertEquals(at("2026-09-15T15:00"), hall.addWorkingTime(at("2026-09-15T12:30"), h(0.5)));
        assertEquals(at("2026-09-15T09:00"), hall.addWorkingTime(at("2026-09-15T06:00"), h(0.5)));
        assertEquals(at("2026-10-08T08:31"), hall.addWorkingTime(at("2026-10-03T10:00"), Duration.ofMinutes(1)));
    }

    @Test
    void addingZeroReturnsFromEvenWhenClosed() {
        assertEquals(at("2026-09-19T10:00"), hall.addWorkingTime(at("2026-09-19T10:00"), Duration.ZERO));
        assertEquals(at("2026-09-15T10:00"), hall.addWorkingTime(at("2026-09-15T10:00"), Duration.ZERO));
    }

    @Test
    void rejectsNegativeDurationAndReversedRange() {
        assertThrows(IllegalArgumentException.class, () -> hall.addWorkingTime(at("2026-09-15T10:00"), h(-1)));
        assertThrows(IllegalArgumentException.class,
                () -> hall.workingTimeBetween(at("2026-09-15T10:00"), at("2026-09-15T09:00")));
    }

    @Test
    void timeBetween() {
        assertEquals(h(2), hall.workingTimeBetween(at("2026-09-15T11:00"), at("2026-09-15T15:30")));
        assertEquals(h(6), hall.workingTimeBetween(at("2026-09-15T00:00"), at("2026-09-16T00:00")));
        assertEquals(h(30), hall.workingTimeBetween(at("2026-09-14T00:00"), at("2026-09-21T00:00")));
        assertEquals(h(14), hall.workingTimeBetween(at("2026-09-30T16:00"), at("2026-10-10T09:30")));
        assertEquals(Duration.ZERO, hall.workingTimeBetween(at("2026-09-19T10:00"), at("2026-09-19T15:00")));
        assertEquals(Duration.ZERO, hall.workingTimeBetween(at("2026-09-15T12:00"), at("2026-09-15T14:30")));
        assertEquals(Duration.ZERO, hall.workingTimeBetween(at("2026-09-15T10:00"), at("2026-09-15T10:00")));
        // October 2026: 18 working days x 6 h.
        assertEquals(h(108), hall.workingTimeBetween(at("2026-10-01T00:00"), at("2026-11-01T00:00")));
    }

    @Test
    void timeBetweenIsTheInverseOfAdd() {
        String[] starts = {"2026-09-15T11:00", "2026-09-15T12:30", "2026-09-18T16:59", "2026-09-19T10:00",
            "2026-09-30T16:00", "2026-10-05T08:00", "2026-10-10T16:45", "2026-12-31T23:59"};
        long[] minutes = {0, 1, 59, 60, 210, 360, 361, 840, 6 * 60 * 20 + 17};
        for (String s : starts) {
            for (long m : minutes) {
                Instant from = at(s);
                Duration d = Duration.ofMinutes(m);
                Instant to = hall.addWorkingTime(from, d);
                assertEquals(d, hall.workingTimeBetween(from, to), s + " + " + m + " min");
                assertTrue(!to.isBefore(from));
            }
        }
    }

    @Test
    void yearsAreFast() {
        Instant from = at("2026-01-01T00:00");
        Duration fiveYears = h(6 * 250 * 5);
        hall.workingTimeBetween(from, hall.addWorkingTime(from, fiveYears)); // warm-up
        long t0 = System.nanoTime();
        Instant to = hall.addWorkingTime(from, fiveYears);
        Duration back = hall.workingTimeBetween(from, to);
        long micros = (System.nanoTime() - t0) / 1000;
        assertEquals(fiveYears, back);
        // Measured at a few ms; the bound only catches a minute-by-minute regression.
        assertTrue(micros < 500_000, micros + " µs");
    }

    @Test
    void daylightSavingIsRealElapsedTime() {
        // Berlin, sessions 00:30-04:00 every day; 2026-03-29 02:00 jumps to 03:00, 2026-10-25 03:00 falls back to 02:00.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        CalendarSpec night = new CalendarSpec("night", Session.parse("00:30-04:00"), EnumSet.allOf(java.time.DayOfWeek.class));
        RuleCalendar cal = new RuleCalendar(night, berlin, java.util.List.of());
        Instant mar29 = LocalDate.of(2026, 3, 29).atStartOfDay(berlin).toInstant();
        Instant mar30 = LocalDate.of(2026, 3, 30).atStartOfDay(berlin).toInstant();
        Instant oct25 = LocalDate.of(2026, 10, 25).atStartOfDay(berlin).toInstant();
        Instant oct26 = LocalDate.of(2026, 10, 26).atStartOfDay(berlin).toInstant();
        assertEquals(h(2.5), cal.workingTimeBetween(mar29, mar30));
        assertEquals(h(4.5), cal.workingTimeBetween(oct25, oct26));
        assertEquals(h(3.5), cal.workingTimeBetween(mar30, mar30.plus(Duration.ofDays(1))));
        // 2.5 h on the short night, the last 0.5 h from 00:30 CEST the next night.
        assertEquals(Instant.parse("2026-03-29T23:00:00Z"), cal.addWorkingTime(LocalDateTime.parse("2026-03-29T00:30").atZone(berlin).toInstant(), h(3)));
    }

    @Test
    void sessionStartInADstGapMovesForward() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        CalendarSpec spec = new CalendarSpec("gap", Session.parse("02:15-03:30"), EnumSet.allOf(java.time.DayOfWeek.class));
        RuleCalendar cal = new RuleCalendar(spec, berlin, java.util.List.of());
        Instant midnight = LocalDate.of(2026, 3, 29).atStartOfDay(berlin).toInstant();
        // 02:15 does not exist that night: the session opens at 03:15 CEST = 01:15Z and lasts 15 min.
        assertEquals(Instant.parse("2026-03-29T01:15:00Z"), cal.nextOpening(midnight));
        assertEquals(h(0.25), cal.workingTimeBetween(midnight, midnight.plus(Duration.ofDays(1))));
    }
}
