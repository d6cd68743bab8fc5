package org.countyhall.core.internal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.DayKind;
import org.countyhall.core.api.calendar.Session;
import org.countyhall.core.api.calendar.SpecialDay;
import org.countyhall.core.api.calendar.WorkingCalendar;

/**
 * Immutable calendar built from a weekly rule plus dated special days.
 * <p>
 * Session bounds are local times turned into instants with {@link ZonedDateTime#of}, so in a DST
 * gap a bound moves forward and in an overlap it takes the earlier offset; all durations are real
 * elapsed time between those instants. Arithmetic walks day by day (never minute by minute).
 */
public final class RuleCalendar implements WorkingCalendar {

    /** How far nextOpening and the walks look for a working day before giving up. */
    static final int HORIZON_DAYS = 366 * 3;

    private final CalendarSpec spec;
    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final Map<LocalDate, DayKind> special;

    public RuleCalendar(CalendarSpec spec, ZoneId zone, Collection<SpecialDay> specialDays) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.workingDays = EnumSet.copyOf(spec.workingDays());
        Map<LocalDate, DayKind> map = new HashMap<>();
        for (SpecialDay day : Objects.requireNonNull(specialDays, "specialDays")) {
            // Two entries for one date are a data error; silently picking one would hide it.
            if (map.putIfAbsent(day.date(), day.kind()) != null) {
                throw new IllegalArgumentException("calendar '" + spec.name() + "': special day " + day.date() + " given twice");
            }
        }
        this.special = Map.copyOf(map);
    }

    /** The weekly rule this calendar was built from. */
    public CalendarSpec spec() {
        return spec;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean isWorkingDay(LocalDate d) {
        DayKind kind = special.get(d);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return workingDays.contains(d.getDayOfWeek());
    }

    @Override
    public List<Session> sessionsOn(LocalDate d) {
        return isWorkingDay(d) ? spec.sessions() : List.of();
    }

    @Override
    public boolean isOpen(Instant t) {
        LocalDate d = localDate(t);
        if (!isWorkingDay(d)) {
            return false;
        }
        for (Session s : spec.sessions()) {
            if (!t.isBefore(start(d, s)) && t.isBefore(end(d, s))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Instant nextOpening(Instant t) {
        LocalDate first = localDate(t);
        for (int i = 0; i <= HORIZON_DAYS; i++) {
            LocalDate d = first.plusDays(i);
            if (!isWorkingDay(d)) {
                continue;
            }
            for (Session s : spec.sessions()) {
                Instant end = end(d, s);
                if (t.isBefore(end)) {
                    Instant start = start(d, s);
                    return t.isBefore(start) ? start : t;
                }
            }
        }
        throw new IllegalStateException("no opening within 3 years");
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        LocalDate d = from;
        int idle = 0;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
                idle = 0;
            } else if (++idle > HORIZON_DAYS) {
                throw new IllegalStateException("no working day within 3 years after " + d.minusDays(idle));
            }
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        if (toExclusive.isBefore(fromInclusive)) {
            throw new IllegalArgumentException("to " + toExclusive + " is before from " + fromInclusive);
        }
        int count = 0;
        for (LocalDate d = fromInclusive; d.isBefore(toExclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public Instant addWorkingTime(Instant from, Duration d) {
        Objects.requireNonNull(from, "from");
        if (d.isNegative()) {
            throw new IllegalArgumentException("duration must be >= 0, was " + d);
        }
        if (d.isZero()) {
            return from;
        }
        Duration left = d;
        LocalDate day = localDate(from);
        int idle = 0;
        while (true) {
            if (isWorkingDay(day)) {
                idle = 0;
                for (Session s : spec.sessions()) {
                    Instant end = end(day, s);
                    if (!from.isBefore(end)) {
                        continue;
                    }
                    Instant start = max(start(day, s), from);
                    Duration open = Duration.between(start, end);
                    // Ending exactly at a session end returns that end (e.g. 11:00 + 1 h = 12:00), not the next opening.
                    if (left.compareTo(open) <= 0) {
                        return start.plus(left);
                    }
                    left = left.minus(open);
                }
            } else if (++idle > HORIZON_DAYS) {
                throw new IllegalStateException("no opening within 3 years after " + day.minusDays(idle));
            }
            day = day.plusDays(1);
        }
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        Duration total = Duration.ZERO;
        LocalDate last = localDate(to);
        for (LocalDate day = localDate(from); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Session s : spec.sessions()) {
                Instant a = max(start(day, s), from);
                Instant b = min(end(day, s), to);
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    private LocalDate localDate(Instant t) {
        return LocalDate.ofInstant(t, zone);
    }

    private Instant start(LocalDate d, Session s) {
        return ZonedDateTime.of(d, s.start(), zone).toInstant();
    }

    private Instant end(LocalDate d, Session s) {
        return ZonedDateTime.of(d, s.end(), zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public String toString() {
        return "RuleCalendar[" + spec.name() + " " + spec.sessions() + " " + workingDays + " " + zone
                + ", " + special.size() + " special days]";
    }
}
