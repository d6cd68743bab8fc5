package org.countyhall.windows.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.jpa.CsvImport;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowEvents;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.internal.store.WindowEntity;
import org.countyhall.windows.internal.store.WindowStore;
import org.countyhall.staff.api.StaffCheck;

/**
 * The CSV import of windows on core's import flow: every row checked (format, staff, granted leave staying
 * covered) before anything is written, then all rows in one transaction or none.
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
        WindowCsv.Parsed parsed = WindowCsv.parse(csv, charset, ctx.config().get().import_maxRows(),
                ctx.calendars().names());
        ImportReport report = CsvImport.run(ctx.jpa(), ctx.audit(), "window.import", "window", parsed,
                new Rows(staff), dryRun, staff.notes());
        if (!dryRun) {
            ctx.windowsChanged().run();
        }
        return report;
    }

    /** The registry's part: staff checked against the directory, granted leave kept covered (L845). */
    private final class Rows implements CsvImport.Rows<WindowCsv.Line> {

        private final StaffCheck staff;

        Rows(StaffCheck staff) {
            this.staff = staff;
        }

        @Override
        public void check(List<WindowCsv.Line> lines, List<FieldError> errors) {
            for (WindowCsv.Line line : lines) {
                String at = "line[" + line.line() + "].";
                WindowInput in = line.input();
                staff.active(in.director(), at + "director", errors);
                staff.active(in.deputy(), at + "deputy", errors);
                staff.active(in.a(), at + "a", errors);
                staff.active(in.b(), at + "b", errors);
            }
        }

        @Override
        public CsvImport.Counts apply(EntityManager em, List<WindowCsv.Line> lines, boolean dryRun) {
            WindowStore store = new WindowStore(em);
            if (!dryRun) {
                // the coverage lock first, then the windows in number order, as every other writer takes them
                store.lockCoverage();
                List<String> fieldsAndPeople = new ArrayList<>();
                for (WindowCsv.Line line : lines) {
                    String at = "line[" + line.line() + "].";
                    fieldsAndPeople.addAll(Arrays.asList(at + "a", line.input().a(), at + "b", line.input().b()));
                }
                CoverageGuard.stillActive(staff, fieldsAndPeople.toArray(String[]::new));
                lines.stream().map(l -> l.input().number()).sorted().forEach(store::lock);
            }
            List<Leave> future = guard.futureLeaves(store); // once for the whole file
            int created = 0;
            int updated = 0;
            List<FieldError> gaps = new ArrayList<>();
            for (WindowCsv.Line line : lines) {
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
            return new CsvImport.Counts(created, updated);
        }
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
