package org.countyhall.core.api.calendar;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** The weekly rule of a named calendar: its daily sessions and the weekdays it opens. */
public record CalendarSpec(String name, List<Session> sessions, Set<DayOfWeek> workingDays) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public CalendarSpec {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("calendar name '" + name
                    + "' must match [a-z0-9][a-z0-9-]{0,31} (lower case, digits, dashes; at most 32)");
        }
        if (sessions == null || sessions.isEmpty()) {
            throw new IllegalArgumentException("calendar '" + name + "' needs at least one session");
        }
        sessions = List.copyOf(sessions);
        for (int i = 1; i < sessions.size(); i++) {
            Session prev = sessions.get(i - 1);
            Session next = sessions.get(i);
            // Touching sessions (12:00-12:00) are allowed; they simply join.
            if (next.start().isBefore(prev.end())) {
                throw new IllegalArgumentException("calendar '" + name + "': session " + next
                        + " must start at or after the end of " + prev + " (sorted, non-overlapping)");
            }
        }
        if (workingDays == null || workingDays.isEmpty()) {
            throw new IllegalArgumentException("calendar '" + name + "' needs at least one working weekday");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
    }
}
