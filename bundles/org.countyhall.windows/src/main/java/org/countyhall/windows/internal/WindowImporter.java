package org.countyhall.windows.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.jpa.Jpa;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowEvents;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.internal.store.WindowEntity;
import org.countyhall.windows.internal.store.WindowStore;

/**
 * The CSV import of windows: every row checked (format, staff, granted leave staying covered) before anything is
 * written, then all rows in one transaction or none. A dry run reports what would happen and writes nothing.
 */
final class WindowImporter {

    private final WindowsContext ctx;
    private final CoverageGuard guard;

    WindowImporter(WindowsContext ctx) {
        this.ctx = ctx;
        this.guard = new CoverageGuard(ctx);
    }

    ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun) {
        StaffCheck staff = ctx.staff().get();
        WindowCsv.Parsed parsed = WindowCsv.parse(csv, charset, ctx.settings().get().importMaxRows(),
                ctx.calendars().names());
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        for (WindowCsv.Line line : parsed.lines()) {
            String at = "line[" + line.line() + "].";
            WindowInput in = line.input();
            staff.active(in.director(), at + "director", errors);
            staff.active(in.deputy(), at + "deputy", errors);
            staff.active(in.a(), at + "a", errors);
            staff.active(in.b(), at + "b", errors);
        }
        String cs = parsed.charset().name();
        if (!errors.isEmpty()) {
            if (dryRun) {
                return new ImportReport(true, cs, parsed.rows(), 0, 0, errors, staff.notes());
            }
            throw new ValidationException(errors);
        }
        // a dry run only reads: no transaction, no locks
        Jpa.Work<int[]> work = em -> apply(new WindowStore(em), parsed, staff, dryRun);
        int[] counts;
        try {
            counts = dryRun ? ctx.jpa().read(work) : ctx.jpa().write(work);
        } catch (ValidationException e) {
            if (dryRun) {
                return new ImportReport(true, cs, parsed.rows(), 0, 0, e.errors(), staff.notes());
            }
            throw e;
        }
        if (!dryRun) {
            ctx.windowsChanged().run();
        }
        return new ImportReport(dryRun, cs, parsed.rows(), counts[0], counts[1], List.of(), staff.notes());
    }

    /** Creates and updates the rows (or, in a dry run, counts them); the counts of created and updated windows. */
    private int[] apply(WindowStore store, WindowCsv.Parsed parsed, StaffCheck staff, boolean dryRun) {
        if (!dryRun) {
            // the coverage lock first, then the windows in number order, as every other writer takes them
            store.lockCoverage();
            List<String> fieldsAndPeople = new ArrayList<>();
            for (WindowCsv.Line line : parsed.lines()) {
                String at = "line[" + line.line() + "].";
                fieldsAndPeople.addAll(Arrays.asList(at + "a", line.input().a(), at + "b", line.input().b()));
            }
            CoverageGuard.stillActive(staff, fieldsAndPeople.toArray(String[]::new));
            parsed.lines().stream().map(l -> l.input().number()).sorted().forEach(store::lock);
        }
        List<Leave> future = guard.futureLeaves(store); // once for the whole file
        int created = 0;
        int updated = 0;
        List<FieldError> gaps = new ArrayList<>();
        for (WindowCsv.Line line : parsed.lines()) {
            WindowInput in = line.input();
            Optional<WindowEntity> found = store.find(in.number());
            if (found.isEmpty()) {
                created++;
                guard.gapAfter(null, WindowRules.applied(null, in), future).ifPresent(why -> gaps.add(
                        new FieldError("line[" + line.line() + "]." + (in.a() != null ? "a" : "b"), why)));
                if (!dryRun) {
                    WindowEntity e = new WindowEntity(in.number());
                    e.edit(in, staff.available(), ctx.clock().instant());
                    store.add(e);
                    ctx.events().append(WindowEvents.CREATED, Map.of("windowNumber", in.number(),
                            "department", in.department()));
                }
            } else if (!sameAs(found.get().toWindow(), in)) {
                updated++;
                Window before = found.get().toWindow();
                guard.gapAfter(before, WindowRules.applied(before, in), future).ifPresent(why -> gaps.add(
                        new FieldError("line[" + line.line() + "]." + changedColumn(before, in), why)));
                if (!dryRun) {
                    found.get().edit(in, staff.available(), ctx.clock().instant());
                    ctx.events().append(WindowEvents.UPDATED, Map.of("windowNumber", in.number(),
                            "department", in.department(), "state", in.state().name()));
                }
            }
        }
        if (!gaps.isEmpty()) {
            throw new ValidationException(gaps); // a dry run reports them; a real import writes nothing
        }
        if (!dryRun) {
            store.flush();
            ctx.audit().record("window.import", "window", parsed.rows() + " rows: " + created + " created, "
                    + updated + " updated");
        }
        return new int[] {created, updated};
    }

    /** The import column to blame for a gap: the first of a, b, state, calendar that the row changes. */
    private static String changedColumn(Window before, WindowInput in) {
        if (!Objects.equals(before.a(), in.a())) {
            return "a";
        }
        if (!Objects.equals(before.b(), in.b())) {
            return "b";
        }
        return before.state() != in.state() ? "state" : "calendar";
    }

    /** True if the stored window already has the imported values (the row is then left alone). */
    static boolean sameAs(Window w, WindowInput in) {
        return new WindowInput(w.number(), w.name(), w.type(), w.department(), w.hall(), w.floor(), w.calendar(),
                w.state(), w.director(), w.deputy(), w.a(), w.b(), w.complaintPhone(), w.complaintEmail(),
                w.itemCodes()).equals(in);
    }
}
