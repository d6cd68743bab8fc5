package org.countyhall.windows.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.countyhall.core.api.calendar.Session;
import org.countyhall.core.api.calendar.WorkingCalendar;
import org.countyhall.windows.api.Posting;
import org.countyhall.windows.api.Window;

/**
 * The public postings of every window, rebuilt from the database when older than the configured age or after a
 * write on this node. Public reads are the hall's busiest traffic (screens, phones, the web site) and change
 * rarely, so they are answered from memory; another node's change shows here within the maximum age.
 */
final class PostingCache {

    private final Supplier<List<Window>> windows;
    private final Function<String, WorkingCalendar> calendars;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile long maxAgeNanos;
    private volatile Snapshot snapshot;

    /** Postings by window number, in number order, when they were read, and the write generation they saw. */
    record Snapshot(Map<String, Posting> postings, long readAtNanos, long generation) {
    }

    PostingCache(Supplier<List<Window>> windows, Function<String, WorkingCalendar> calendars, Clock clock,
            int maxAgeSeconds) {
        this.windows = windows;
        this.calendars = calendars;
        this.clock = clock;
        maxAge(maxAgeSeconds);
    }

    void maxAge(int seconds) {
        maxAgeNanos = seconds * 1_000_000_000L;
    }

    /** Forgets the snapshot; called after every committed write on this node. */
    void invalidate() {
        generation.incrementAndGet();
        snapshot = null;
    }

    Snapshot current() {
        Snapshot s = snapshot;
        if (fresh(s)) {
            return s;
        }
        synchronized (this) { // one reload at a time; the others wait for it rather than all hitting the database
            s = snapshot;
            if (fresh(s)) {
                return s;
            }
            // a write during the load leaves the snapshot with an old generation: it is never served as fresh
            s = load(generation.get());
            snapshot = s;
            return s;
        }
    }

    private boolean fresh(Snapshot s) {
        return s != null && s.generation() == generation.get() && System.nanoTime() - s.readAtNanos() < maxAgeNanos;
    }

    private Snapshot load(long gen) {
        long now = System.nanoTime();
        Instant asOf = clock.instant();
        Map<String, List<String>> hoursByCalendar = new HashMap<>();
        Map<String, Posting> postings = new LinkedHashMap<>();
        for (Window w : windows.get()) {
            List<String> hours = hoursByCalendar.computeIfAbsent(w.calendar(), c -> hours(calendars.apply(c), asOf));
            postings.put(w.number(), posting(w, hours, asOf));
        }
        return new Snapshot(Collections.unmodifiableMap(postings), now, gen);
    }

    /** The sessions of the next working day (today if it is one), e.g. ["08:30-12:00", "14:30-17:00"]. */
    static List<String> hours(WorkingCalendar cal, Instant now) {
        LocalDate day = now.atZone(cal.zone()).toLocalDate();
        for (int i = 0; i < 31 && !cal.isWorkingDay(day); i++) {
            day = day.plusDays(1);
        }
        return cal.sessionsOn(day).stream().map(PostingCache::format).toList();
    }

    private static String format(Session s) {
        return s.start() + "-" + s.end();
    }

    /** The public view of a window: no staff numbers, only how many people staff it. */
    static Posting posting(Window w, List<String> hours, Instant asOf) {
        int staff = (int) Stream.of(w.director(), w.deputy(), w.a(), w.b()).filter(Objects::nonNull).distinct().count();
        return new Posting(w.number(), w.name(), w.type(), w.department(), w.hall(), w.floor(), w.state(),
                w.calendar(), hours, staff, w.complaintPhone(), w.complaintEmail(), w.itemCodes(), asOf);
    }
}
