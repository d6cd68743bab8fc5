package org.countyhall.windows.internal;

import static org.countyhall.testing.TestCalendars.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.countyhall.windows.api.Posting;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.api.WindowType;
import org.countyhall.testing.TestCalendars;
import org.junit.jupiter.api.Test;

/** How {@link PostingCache} reloads the public postings, and what a posting shows (and never shows). */
class PostingCacheTest {

    /** Saturday 2026-12-05, 10:00 in Shanghai. */
    private static final Instant SATURDAY = at("2026-12-05T10:00+08:00");
    private static final Clock CLOCK = Clock.fixed(SATURDAY, TestCalendars.SHANGHAI);
    private static final Instant UPDATED = Instant.parse("2026-12-01T01:00:00Z");

    private final AtomicInteger loads = new AtomicInteger();
    private final List<Window> windows = new ArrayList<>(List.of(
            window("01", "hall", "S001", "S002", "S001", "S003"),
            window("V1", "village", null, null, "S010", null)));

    /** Counts the loads; what it returns is the current content of {@link #windows}. */
    private final Supplier<List<Window>> counting = () -> {
        loads.incrementAndGet();
        return List.copyOf(windows);
    };

    private static Window window(String number, String calendar, String director, String deputy, String a,
            String b) {
        return new Window(number, "窗口" + number, WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", 2, calendar,
                WindowState.OPEN, director, deputy, a, b, "0531-12345", "ts@county.gov.cn",
                List.of("370100-001", "370100-002"), true, UPDATED, 3L);
    }

    private PostingCache cache(int maxAgeSeconds) {
        return new PostingCache(counting, TestCalendars.byName(), CLOCK, maxAgeSeconds);
    }

    @Test
    void twoReadsWithinTheMaximumAgeLoadOnce() {
        PostingCache cache = cache(3600);

        PostingCache.Snapshot first = cache.current();
        PostingCache.Snapshot second = cache.current();

        assertEquals(1, loads.get());
        assertSame(first, second);
    }

    @Test
    void afterInvalidateTheNextReadLoadsAgainAndSeesTheChange() {
        PostingCache cache = cache(3600);
        cache.current();
        windows.add(window("02", "hall", null, null, null, null));

        assertEquals(List.of("01", "V1"), List.copyOf(cache.current().postings().keySet()));
        cache.invalidate();
        PostingCache.Snapshot reloaded = cache.current();

        assertEquals(2, loads.get());
        assertEquals(List.of("01", "V1", "02"), List.copyOf(reloaded.postings().keySet()));
        assertSame(reloaded, cache.current());
        assertEquals(2, loads.get());
    }

    @Test
    void aMaximumAgeOfZeroLoadsOnEveryRead() {
        PostingCache cache = cache(0);

        PostingCache.Snapshot first = cache.current();
        PostingCache.Snapshot second = cache.current();
        cache.current();

        assertEquals(3, loads.get());
        assertNotSame(first, second);
    }

    @Test
    void aNewMaximumAgeAppliesToTheSnapshotAlreadyHeld() {
        PostingCache cache = cache(3600);
        cache.current();

        cache.maxAge(0);
        cache.current();

        assertEquals(2, loads.get());
    }

    @Test
    void aSnapshotReadWhileAWriteIsInvalidatingIsServedOnceButNotKept() {
        PostingCache[] self = new PostingCache[1];
        Supplier<List<Window>> writeDuringLoad = () -> {
            if (loads.incrementAndGet() == 1) {
                self[0].invalidate(); // a write on this node commits while the first load reads
            }
            return List.copyOf(windows);
        };
        self[0] = new PostingCache(writeDuringLoad, TestCalendars.byName(), CLOCK, 3600);

        self[0].current();
        self[0].current();
        self[0].current();

        assertEquals(2, loads.get());
    }

    @Test
    void theHoursOnASaturdayAreThoseOfMonday() {
        assertEquals(List.of("08:30-12:00", "14:30-17:00"), PostingCache.hours(TestCalendars.hall(), SATURDAY));
        assertEquals(List.of("08:00-18:00"), PostingCache.hours(TestCalendars.village(), SATURDAY));
    }

    @Test
    void theHoursDuringTheHolidayAreThoseOfTheNextWorkingDayAndOfTodayOnAWorkingDay() {
        assertEquals(List.of("08:30-12:00", "14:30-17:00"),
                PostingCache.hours(TestCalendars.hall(), at("2026-10-02T10:00+08:00")));
        // after closing on a working day, still that day's hours
        assertEquals(List.of("08:00-18:00"),
                PostingCache.hours(TestCalendars.village(), at("2026-12-07T20:00+08:00")));
    }

    @Test
    void eachPostingHasTheHoursOfItsOwnCalendarAndTheTimeOfTheSnapshot() {
        PostingCache.Snapshot s = cache(3600).current();

        assertEquals(List.of("08:30-12:00", "14:30-17:00"), s.postings().get("01").hours());
        assertEquals(List.of("08:00-18:00"), s.postings().get("V1").hours());
        assertEquals(SATURDAY, s.postings().get("01").asOf());
    }

    @Test
    void aPostingCountsDistinctStaffOverTheFourPosts() {
        Posting p = PostingCache.posting(window("01", "hall", "S001", "S002", "S001", "S003"), List.of("08:30-12:00"),
                SATURDAY);

        assertEquals(new Posting("01", "窗口01", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", 2,
                WindowState.OPEN, "hall", List.of("08:30-12:00"), 3, "0531-12345", "ts@county.gov.cn",
                List.of("370100-001", "370100-002"), SATURDAY), p);
        assertEquals(4, PostingCache.posting(window("01", "hall", "S001", "S002", "S003", "S004"), List.of(),
                SATURDAY).staffCount());
        assertEquals(1, PostingCache.posting(window("01", "hall", null, null, "S001", null), List.of(),
                SATURDAY).staffCount());
        assertEquals(0, PostingCache.posting(window("01", "hall", null, null, null, null), List.of(),
                SATURDAY).staffCount());
    }

    @Test
    void noPostingFieldHoldsAStaffNumber() throws ReflectiveOperationException {
        List<String> staff = List.of("S001", "S002", "S003", "S010");

        for (Posting p : cache(3600).current().postings().values()) {
            for (RecordComponent c : Posting.class.getRecordComponents()) {
                String value = String.valueOf(c.getAccessor().invoke(p));
                for (String number : staff) {
                    assertFalse(value.contains(number), c.getName() + " of " + p.number() + " shows " + number);
                }
            }
        }
    }
}
