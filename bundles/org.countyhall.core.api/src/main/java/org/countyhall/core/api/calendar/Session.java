package org.countyhall.core.api.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One opening period of a day in local time, half-open: open at {@code start}, closed at {@code end}. */
public record Session(LocalTime start, LocalTime end) {

    // "8:30" and "08:30" are both accepted. STRICT, or "24:00" would silently become 00:00:
    // LocalTime has no 24:00, so a session ends by 23:59.
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    public Session {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("session start " + start + " must be before its end " + end);
        }
    }

    /** True if {@code t} lies in [start, end). */
    public boolean contains(LocalTime t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** Nominal length in local time (a DST change inside the session is not counted here). */
    public Duration length() {
        return Duration.between(start, end);
    }

    /**
     * Parses a comma-separated list such as {@code "08:30-12:00,14:30-17:00"}; order is kept,
     * ordering and overlap are checked by {@link CalendarSpec}.
     */
    public static List<Session> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("sessions must not be empty, expected e.g. 08:30-12:00,14:30-17:00");
        }
        List<Session> out = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            String p = part.trim();
            String[] ends = p.split("-", -1);
            if (ends.length != 2) {
                throw new IllegalArgumentException("session '" + p + "' is not of the form HH:mm-HH:mm");
            }
            LocalTime start = time(ends[0].trim(), p);
            LocalTime end = time(ends[1].trim(), p);
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("session '" + p + "': start must be before end");
            }
            out.add(new Session(start, end));
        }
        return List.copyOf(out);
    }

    private static LocalTime time(String s, String session) {
        try {
            return LocalTime.parse(s, HH_MM);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("session '" + session + "': '" + s + "' is not a time HH:mm (00:00-23:59)", e);
        }
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
