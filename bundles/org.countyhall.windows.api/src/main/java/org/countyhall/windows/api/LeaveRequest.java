package org.countyhall.windows.api;

import java.time.LocalDate;

/** A request for leave of whole days, inclusive; {@code substitute} may be null for short leave. */
public record LeaveRequest(String staffNumber, LocalDate firstDay, LocalDate lastDay, String substitute,
        String reason) {
}
