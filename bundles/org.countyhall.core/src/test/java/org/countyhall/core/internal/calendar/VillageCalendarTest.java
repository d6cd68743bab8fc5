package org.countyhall.core.internal.calendar;

import static org.countyhall.core.internal.calendar.TestCalendars.at;
import static org.countyhall.core.internal.calendar.TestCalendars.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.countyhall.core.api.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** A second named calendar (village window 08:00-18:00, Monday-Saturday, L383) answers differently from the hall. */
class VillageCalendarTest {

    private final WorkingCalendar hall = TestCalendars.hall();
    private final WorkingCalendar village = TestCalendars.village();

    @Test
    void names() {
        assertEquals("hall", hall.name());
        assertEquals("village", village.name());
    }

    @Test
    void earlyAndLateAndLunch() {
        assertFalse(hall.isOpen(at("2026-09-15T08:10")));
        assertTrue(village.isOpen(at("2026-09-15T08:10")));
        assertFalse(hall.isOpen(at("2026-09-15T17:30")));
        assertTrue(village.isOpen(at("2026-09-15T17:30")));
        assertFalse(hall.isOpen(at("2026-09-15T12:30")));
        assertTrue(village.isOpen(at("2026-09-15T12:30")));
        assertFalse(village.isOpen(at("2026-09-15T18:00")));
        assertFalse(village.isOpen(at("2026-09-15T07:59")));
    }

    @Test
    void saturday() {
        assertFalse(hall.isOpen(at("2026-09-19T10:00")));
        assertTrue(village.isOpen(at("2026-09-19T10:00")));
        assertFalse(village.isOpen(at("2026-09-20T10:00")));
        // Holidays apply to the village too: Saturday 10-03 is National Day.
        assertFalse(village.isOpen(at("2026-10-03T10:00")));
    }

    @Test
    void arithmeticDiffers() {
        assertEquals(date("2026-09-21"), hall.addWorkingDays(date("2026-09-18"), 1));
        assertEquals(date("2026-09-19"), village.addWorkingDays(date("2026-09-18"), 1));
        assertEquals(at("2026-09-19T08:00"), village.nextOpening(at("2026-09-18T18:00")));
        assertEquals(at("2026-09-21T10:30"), hall.addWorkingTime(at("2026-09-18T17:00"), Duration.ofHours(2)));
        // 17:00-18:00 on Friday, then 08:00-09:00 on Saturday.
        assertEquals(at("2026-09-19T09:00"), village.addWorkingTime(at("2026-09-18T17:00"), Duration.ofHours(2)));
        // 17:30-18:00 on 09-30, National Day, then 08:00-08:30 on 10-08.
        assertEquals(at("2026-10-08T08:30"), village.addWorkingTime(at("2026-09-30T17:30"), Duration.ofHours(1)));
        // Mon-Sat 09-14..09-19 at 10 h.
        assertEquals(Duration.ofHours(60), village.workingTimeBetween(at("2026-09-14T00:00"), at("2026-09-21T00:00")));
    }
}
