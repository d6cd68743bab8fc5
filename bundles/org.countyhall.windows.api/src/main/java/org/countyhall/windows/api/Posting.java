package org.countyhall.windows.api;

import java.time.Instant;
import java.util.List;

/**
 * What a window publicly posts (公示, L45, L305, L800): no login needed and no personal data. {@code hours} are the
 * sessions of a working day on the window's calendar ("08:30-12:00"); {@code asOf} says how fresh the posting is.
 */
public record Posting(String number, String name, WindowType type, String department, String hall, int floor,
        WindowState state, String calendar, List<String> hours, int staffCount, String complaintPhone,
        String complaintEmail, List<String> itemCodes, Instant asOf) {

    public Posting {
        hours = List.copyOf(hours);
        itemCodes = List.copyOf(itemCodes);
    }
}
