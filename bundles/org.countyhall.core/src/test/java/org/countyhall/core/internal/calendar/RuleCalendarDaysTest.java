package org.countyhall.core.internal.calendar;

import static org.countyhall.core.internal.calendar.TestCalendars.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.countyhall.core.api.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * Working-day arithmetic around National Day 2026 (test data: 10-01..10-07 closed, Saturday 10-10 works).
 * Sep 28 Mon, 29 Tue, 30 Wed work; Oct 8 Thu, 9 Fri, 10 Sat (swap) work; Oct 11 Sun off; Oct 12 Mon works.
 */
class RuleCalendarDaysTest {

    private final WorkingCalendar hall = TestCalendars.hall();

    @Test
    void zeroDaysIsTheSameDayEvenWhenClosed() {
        assertEquals(date("2026-09-30"), hall.addWorkingDays(date("2026-09-30"), 0));
        assertEquals(date("2026-10-03"), hall.addWorkingDays(date("2026-10-03"), 0));
    }

    @Test
    void ordinaryWeek() {
        assertEquals(date("2026-09-16"), hall.addWorkingDays(date("2026-09-15"), 1));
        assertEquals(date("2026-09-21"), hall.addWorkingDays(date("2026-09-18"), 1));
        assertEquals(date("2026-09-25"), hall.addWorkingDays(date("2026-09-18"), 5));
        assertEquals(date("2026-09-21"), hall.addWorkingDays(date("2026-09-19"), 1));
    }

    @Test
    void acrossNationalDayAndSwappedSaturday() {
        assertEquals(date("2026-10-08"), hall.addWorkingDays(date("2026-09-30"), 1));
        assertEquals(date("2026-10-09"), hall.addWorkingDays(date("2026-09-30"), 2));
        assertEquals(date("2026-10-10"), hall.addWorkingDays(date("2026-09-30"), 3));
        assertEquals(date("2026-10-12"), hall.addWorkingDays(date("2026-09-30"), 4));
        // L980: a complex matter accepted on Tuesday 09-29 is due 3 working days later.
        assertEquals(date("2026-10-09"), hall.addWorkingDays(date("2026-09-29"), 3));
        assertEquals(date("2026-10-08"), hall.addWorkingDays(date("2026-10-03"), 1));
    }

    @Test
    void withoutHolidayDataTheSameSpanIsShorter() {
        WorkingCalendar plain = TestCalendars.hallWithoutHolidays();
        assertEquals(date("2026-10-01"), plain.addWorkingDays(date("2026-09-30"), 1));
        assertEquals(date("2026-10-05"), plain.addWorkingDays(date("2026-09-30"), 3));
    }

    @Test
    void rejectsNegativeCount() {
        assertThrows(IllegalArgumentException.class, () -> hall.addWorkingDays(date("2026-09-30"), -1));
    }

    @Test
    void countsAcrossNationalDay() {
        // 09-28, 09-29, 09-30, 10-08, 10-09, 10-10, 10-12.
        assertEquals(7, hall.workingDaysBetween(date("2026-09-28"), date("2026-10-13")));
        assertEquals(11, TestCalendars.hallWithoutHolidays().workingDaysBetween(date("2026-09-28"), date("2026-10-13")));
        assertEquals(0, hall.workingDaysBetween(date("2026-10-01"), date("2026-10-08")));
        assertEquals(1, hall.workingDaysBetween(date("2026-10-01"), date("2026-10-09")));
        assertEquals(0, hall.workingDaysBetween(date("2026-10-08"), date("2026-10-08")));
    }

    @Test
    void countsOctober2026() {
        // 22 weekdays, minus 5 weekday holidays (1, 2, 5, 6, 7), plus the swapped Saturday 10.
        assertEquals(18, hall.workingDaysBetween(date("2026-10-01"), date("2026-11-01")));
    }

    @Test
    void rejectsReversedRange() {
        assertThrows(IllegalArgumentException.class, () -> hall.workingDaysBetween(date("2026-10-08"), date("2026-10-01")));
    }

    @Test
    void countIsTheInverseOfAdd() {
        LocalDate from = date("2026-09-25");
        for (int n = 0; n <= 30; n++) {
            LocalDate due = hall.addWorkingDays(from, n);
            assertEquals(n, hall.workingDaysBetween(from.plusDays(1), due.plusDays(1)), "n=" + n);
            assertTrue(n == 0 || hall.isWorkingDay(due), "n=" + n);
        }
    }

    @Test
    void yearsAreFast() {
        LocalDate from = date("2026-01-01");
        hall.addWorkingDays(from, 1250); // warm-up
        long t0 = System.nanoTime();
        LocalDate due = hall.addWorkingDays(from, 1250);
        int back = hall.workingDaysBetween(from.plusDays(1), due.plusDays(1));
        long micros = (System.nanoTime() - t0) / 1000;
        assertEquals(1250, back);
        // About 5 years; measured well under 1 ms, the bound only catches a pathological slowdown.
        assertTrue(micros < 200_000, micros + " µs");
    }
}
