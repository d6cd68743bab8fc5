package org.countyhall.windows.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.countyhall.core.api.calendar.WorkingCalendar;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.internal.store.WindowStore;
import org.countyhall.staff.api.StaffCheck;

/**
 * The checks every change of posts makes under the registry's coverage lock: that granted leave stays covered
 * (L845) and that the people given posts are still active. Shared by the registry, leave and import.
 */
final class CoverageGuard {

    /** The last day any leave can reach (leave is kept within 1900..2200). */
    static final LocalDate LAST_DAY = LocalDate.of(2200, 12, 31);

    private final WindowsContext ctx;

    CoverageGuard(WindowsContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Leave granted from yesterday (UTC) on: every leave a change from today on can concern, in any calendar's zone.
     * Read in the caller's transaction after the coverage lock.
     */
    List<Leave> futureLeaves(WindowStore store) {
        return store.leavesOf(List.of(), LocalDate.ofInstant(ctx.clock().instant(), ZoneOffset.UTC).minusDays(1),
                LAST_DAY);
    }

    /**
     * Why changing {@code before} (null: a new window) into {@code after} would leave the window unstaffed during
     * leave already granted (that leave was judged against the old post holders).
     */
    Optional<String> gapAfter(Window before, Window after, List<Leave> futureLeaves) {
        WorkingCalendar afterCal = ctx.calendar(after.calendar());
        WorkingCalendar beforeCal = before == null ? afterCal : ctx.calendar(before.calendar());
        LocalDate today = LocalDate.ofInstant(ctx.clock().instant(), afterCal.zone());
        return CoverageRules.assignmentGap(before, beforeCal, after, afterCal, today, futureLeaves);
    }

    /** Refuses (409 assignment-refused) a change that would leave granted leave uncovered. */
    void refuseGap(WindowStore store, Window before, Window after) {
        gapAfter(before, after, futureLeaves(store)).ifPresent(why -> {
            throw new ConflictException("assignment-refused", why);
        });
    }

    /**
     * Asks again, under the coverage lock, whether the people given posts are still active: a departure checks
     * their posts under the same lock (heldByLocked), so none can leave between our check and our write. Pairs of
     * field name and staff number.
     */
    static void stillActive(StaffCheck staff, String... fieldsAndPeople) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i + 1 < fieldsAndPeople.length; i += 2) {
            staff.active(fieldsAndPeople[i + 1], fieldsAndPeople[i], errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
