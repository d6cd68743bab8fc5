package org.countyhall.core.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.countyhall.core.api.calendar.Session;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Session MORNING = new Session(LocalTime.of(8, 30), LocalTime.of(12, 0));
    private static final Session AFTERNOON = new Session(LocalTime.of(14, 30), LocalTime.of(17, 0));

    @Test
    void parsesTheHallHours() {
        assertEquals(List.of(MORNING, AFTERNOON), Session.parse("08:30-12:00,14:30-17:00"));
    }

    @Test
    void toleratesSpacesAndSingleDigitHours() {
        assertEquals(List.of(MORNING, AFTERNOON), Session.parse(" 8:30 - 12:00 , 14:30-17:00 "));
    }

    @Test
    void printsAsItParses() {
        assertEquals("08:30-12:00", MORNING.toString());
        assertEquals(List.of(MORNING), Session.parse(MORNING.toString()));
    }

    @Test
    void startIsInsideEndIsNot() {
        assertTrue(MORNING.contains(LocalTime.of(8, 30)));
        assertTrue(MORNING.contains(LocalTime.of(11, 59, 59)));
        assertFalse(MORNING.contains(LocalTime.of(12, 0)));
        assertFalse(MORNING.contains(LocalTime.of(8, 29, 59)));
        assertEquals(Duration.ofMinutes(210), MORNING.length());
    }

    @Test
    void rejectsStartNotBeforeEnd() {
        assertThrows(IllegalArgumentException.class, () -> new Session(LocalTime.NOON, LocalTime.of(8, 0)));
        assertThrows(IllegalArgumentException.class, () -> new Session(LocalTime.NOON, LocalTime.NOON));
        assertMessage("start must be before end", "12:00-08:30");
        assertMessage("start must be before end", "08:30-08:30");
    }

    @Test
    void rejectsMalformedSpecs() {
        assertMessage("must not be empty", "");
        assertMessage("must not be empty", "   ");
        assertMessage("must not be empty", null);
        assertMessage("'08:30' is not of the form HH:mm-HH:mm", "08:30");
        assertMessage("is not of the form HH:mm-HH:mm", "08:30-12:00-13:00");
        assertMessage("'' is not of the form HH:mm-HH:mm", "08:30-12:00,");
        assertMessage("'25:00' is not a time HH:mm", "25:00-26:00");
        assertMessage("'8h30' is not a time HH:mm", "8h30-12:00");
        assertMessage("'24:00' is not a time HH:mm", "17:00-24:00");
    }

    private static void assertMessage(String expectedPart, String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Session.parse(spec));
        assertTrue(e.getMessage().contains(expectedPart), () -> "message was: " + e.getMessage());
    }
}
