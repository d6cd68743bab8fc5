package org.countyhall.core.internal.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.Session;
import org.countyhall.core.api.calendar.WorkingCalendars;

/**
 * Reads calendar specs from PID {@code org.countyhall.calendar}: {@code hall.sessions}, {@code hall.days},
 * {@code calendars} (further names) and {@code <name>.sessions} / {@code <name>.days} for each.
 * Missing keys take the hall defaults (L43, L71); the default second calendar "village" opens 08:00–18:00 (L383).
 */
public final class CalendarConfig {

    static final String DEFAULT_VILLAGE_SESSIONS = "08:00-12:00,14:00-18:00";

    private CalendarConfig() {
    }

    /** The path word of /api/v1/calendar that no calendar may be called. */
    static final String RESERVED = "days";

    /** The specs by name, the hall first; throws IllegalArgumentException naming the bad key. */
    public static Map<String, CalendarSpec> specs(Map<String, ?> props) {
        Map<String, CalendarSpec> out = new LinkedHashMap<>();
        out.put(WorkingCalendars.HALL, spec(props, WorkingCalendars.HALL, CalendarDefaults.HALL_SESSIONS,
                CalendarDefaults.HALL_DAYS));
        Object names = props.get("calendars");
        String list = names == null ? "village" : names.toString();
        for (String raw : list.split(",")) {
            String name = raw.trim();
            if (name.isEmpty() || name.equals(WorkingCalendars.HALL)) {
                continue;
            }
            if (name.equalsIgnoreCase(RESERVED)) { // /api/v1/calendar/days/{date} would shadow its calls
                throw new IllegalArgumentException("calendars: '" + name + "' is a word of the REST paths, not a name");
            }
            List<Session> defaults = Session.parse(name.equals("village") ? DEFAULT_VILLAGE_SESSIONS
                    : sessionsText(CalendarDefaults.HALL_SESSIONS));
            out.put(name, spec(props, name, defaults, CalendarDefaults.HALL_DAYS));
        }
        return out;
    }

    private static CalendarSpec spec(Map<String, ?> props, String name, List<Session> sessions, Set<DayOfWeek> days) {
        Object s = props.get(name + ".sessions");
        Object d = props.get(name + ".days");
        try {
            List<Session> hours = s == null ? sessions : Session.parse(s.toString());
            if (!name.equals(WorkingCalendars.HALL)) {
                withinVillageBound(name, hours);
            }
            return new CalendarSpec(name, hours, d == null ? days : days(d.toString()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("calendar '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * L383: a village or community window opens somewhere between 08:00 and 18:00. Every calendar besides the
     * hall's is such a window's, so hours outside that bound are refused (the previous hours stay in force).
     */
    static void withinVillageBound(String name, List<Session> hours) {
        for (Session h : hours) {
            if (h.start().isBefore(CalendarDefaults.VILLAGE_EARLIEST) || h.end().isAfter(CalendarDefaults.VILLAGE_LATEST)) {
                throw new IllegalArgumentException(name + ".sessions: " + h + " is outside "
                        + CalendarDefaults.VILLAGE_EARLIEST + "-" + CalendarDefaults.VILLAGE_LATEST
                        + ", the hours a village or community window may open (L383)");
            }
        }
    }

    /** {@code MONDAY,TUESDAY} or {@code MON,TUE}, any case. */
    static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String raw : text.split(",")) {
            String t = raw.trim().toUpperCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            DayOfWeek match = null;
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().equals(t) || (t.length() == 3 && d.name().startsWith(t))) {
                    match = d;
                }
            }
            if (match == null) {
                throw new IllegalArgumentException("unknown day '" + raw.trim() + "'");
            }
            out.add(match);
        }
        return out;
    }

    private static String sessionsText(List<Session> sessions) {
        List<String> parts = new ArrayList<>();
        sessions.forEach(s -> parts.add(s.toString()));
        return String.join(",", parts);
    }
}
