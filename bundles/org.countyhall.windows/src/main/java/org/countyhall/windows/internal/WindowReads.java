package org.countyhall.windows.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.countyhall.core.api.error.BusinessKeys;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.jpa.RecordCache;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.Uncovered;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowQuery;
import org.countyhall.windows.internal.store.WindowEntity;
import org.countyhall.windows.internal.store.WindowStore;

/** What the office reads: windows, a person's posts and cover, and which windows are unstaffed (L845). */
final class WindowReads {

    /** Windows kept by the read cache: a hall's windows, with room. */
    static final int WINDOWS_CACHED = 1_000;

    private final WindowsContext ctx;
    // a window's details are read far more often than they change (window screens, staff's own views)
    private final RecordCache<String, Window> records;

    WindowReads(WindowsContext ctx) {
        this.ctx = ctx;
        this.records = new RecordCache<>(ctx.jpa(), "SELECT VERSION FROM WINDOWS_REGISTRY WHERE WINDOW_NUMBER = ?",
                Window::version, WINDOWS_CACHED);
    }

    Optional<Window> find(String rawNumber) {
        String number = WindowRules.key(rawNumber);
        if (number == null || !WindowRules.NUMBER.matcher(number).matches()) {
            return Optional.empty();
        }
        return records.find(number, em -> new WindowStore(em).find(number).map(WindowEntity::toWindow));
    }

    Page<Window> search(WindowQuery query, PageRequest page) {
        return ctx.jpa().read(em -> new WindowStore(em).search(query == null ? WindowQuery.ALL : query, page));
    }

    List<Window> heldBy(String rawStaffNumber) {
        String staffNumber = BusinessKeys.validStaffNumber(rawStaffNumber);
        return staffNumber == null ? List.of() : ctx.jpa().read(em -> new WindowStore(em).heldBy(staffNumber));
    }

    /** As {@link #heldBy}, under the coverage lock held until the caller's transaction ends (a departure's check). */
    List<Window> heldByLocked(String rawStaffNumber) {
        String staffNumber = BusinessKeys.validStaffNumber(rawStaffNumber);
        if (staffNumber == null) {
            return List.of();
        }
        return ctx.jpa().write(em -> {
            WindowStore store = new WindowStore(em);
            store.lockCoverage();
            return store.heldBy(staffNumber);
        });
    }

    List<Leave> coveredBy(String rawStaffNumber) {
        String staffNumber = BusinessKeys.validStaffNumber(rawStaffNumber);
        return staffNumber == null ? List.of()
                : ctx.jpa().read(em -> new WindowStore(em).leavesCoveredBy(staffNumber, LocalDate.now(ctx.clock())));
    }

    List<Uncovered> uncoveredAt(Instant at) {
        Instant t = at == null ? ctx.clock().instant() : at;
        return ctx.jpa().read(em -> {
            WindowStore store = new WindowStore(em);
            LocalDate day = t.atZone(ctx.calendars().hall().zone()).toLocalDate();
            // one day either side: named calendars may use another zone than the hall's
            List<Leave> leaves = store.leavesOf(List.of(), day.minusDays(1), day.plusDays(1));
            List<Window> all = store.all();
            return withUnknownCalendars(ctx.coverageRules().uncoveredAt(t, all, leaves,
                    ctx::calendar), all);
        });
    }

    List<Uncovered> unstaffedOn(LocalDate day) {
        return ctx.jpa().read(em -> {
            WindowStore store = new WindowStore(em);
            List<Window> all = store.all();
            return withUnknownCalendars(ctx.coverageRules().unstaffedOn(day, all,
                    store.leavesOf(List.of(), day, day), ctx::calendar), all);
        });
    }

    /** The gaps and every window whose calendar is not configured, in number order (a window's gap first). */
    private List<Uncovered> withUnknownCalendars(List<Uncovered> gaps, List<Window> all) {
        List<Uncovered> report = new ArrayList<>(gaps);
        report.addAll(CoverageRules.unknownCalendars(all, ctx.calendars().names()));
        report.sort(Comparator.comparing(Uncovered::number)); // stable: a window's gap stays before its note
        return report;
    }
}
