package org.countyhall.core.api.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Working-day and working-time arithmetic of one named calendar; local dates and sessions are
 * read in {@link #zone()}, session bounds are half-open [start, end).
 */
@ProviderType
public interface WorkingCalendar {

    /** The calendar's name, e.g. {@code hall}. */
    String name();

    /** The zone in which dates and session times are local. */
    ZoneId zone();

    /** True if {@code d} is a working day (a WORKDAY special day, or a working weekday that is not a HOLIDAY). */
    boolean isWorkingDay(LocalDate d);

    /** True if {@code t} falls inside a session of a working day (open at session start, closed at its end). */
    boolean isOpen(Instant t);

    /** {@code t} if open at {@code t}, else the next session start; IllegalStateException "no opening within 3 years" if none in 366*3 days. */
    Instant nextOpening(Instant t);

    /** The n-th working day strictly after {@code from} (n >= 0; n = 0 returns {@code from} even if it is not a working day). */
    LocalDate addWorkingDays(LocalDate from, int n);

    /** Number of working days d with fromInclusive <= d < toExclusive; IllegalArgumentException if to is before from. */
    int workingDaysBetween(LocalDate fromInclusive, LocalDate toExclusive);

    /** The instant at which {@code d} (>= 0) of open time has elapsed from {@code from}; may be a session end; d = 0 returns {@code from}. */
    Instant addWorkingTime(Instant from, Duration d);

    /** Open time inside [from, to); IllegalArgumentException if to is before from. */
    Duration workingTimeBetween(Instant from, Instant to);

    /** The sessions of {@code d}, empty on a non-working day. */
    List<Session> sessionsOn(LocalDate d);
}
