package org.countyhall.staff.internal;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.jpa.Jpa;
import org.countyhall.staff.api.StaffEvents;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.internal.store.StaffEntity;
import org.countyhall.staff.internal.store.StaffStore;

/** The CSV import of people: new numbers created, known ones updated, all rows or none; a dry run writes nothing. */
final class StaffImporter {

    private final StaffContext ctx;

    StaffImporter(StaffContext ctx) {
        this.ctx = ctx;
    }

    ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun) {
        StaffCsv.Parsed parsed = StaffCsv.parse(csv, charset, ctx.settings().get().importMaxRows());
        String cs = parsed.charset().name();
        if (!parsed.errors().isEmpty()) {
            if (dryRun) {
                return new ImportReport(true, cs, parsed.rows(), 0, 0, parsed.errors(), List.of());
            }
            throw new ValidationException(parsed.errors());
        }
        // a dry run only reads: no transaction, no locks
        Jpa.Work<int[]> work = em -> apply(new StaffStore(em), parsed, dryRun);
        int[] counts = dryRun ? ctx.jpa().read(work) : ctx.jpa().write(work);
        return new ImportReport(dryRun, cs, parsed.rows(), counts[0], counts[1], List.of(), List.of());
    }

    private int[] apply(StaffStore store, StaffCsv.Parsed parsed, boolean dryRun) {
        int created = 0;
        int updated = 0;
        for (StaffCsv.Line line : parsed.lines()) {
            StaffInput in = line.input();
            Optional<StaffEntity> found = store.find(in.number());
            if (found.isEmpty()) {
                created++;
                if (!dryRun) {
                    StaffEntity e = new StaffEntity(in.number());
                    e.edit(in.name(), in.department(), in.building(), in.position(), in.qualifications(),
                            ctx.clock().instant());
                    store.add(e);
                    ctx.events().append(StaffEvents.CREATED, Map.of("staffNumber", in.number(),
                            "department", in.department()));
                }
            } else if (!found.get().sameAs(in.name(), in.department(), in.building(), in.position(),
                    in.qualifications())) {
                updated++;
                if (!dryRun) {
                    found.get().edit(in.name(), in.department(), in.building(), in.position(), in.qualifications(),
                            ctx.clock().instant());
                    ctx.events().append(StaffEvents.UPDATED, Map.of("staffNumber", in.number(),
                            "department", in.department()));
                }
            }
        }
        if (!dryRun) {
            store.flush();
            ctx.audit().record("staff.import", "staff", parsed.rows() + " rows: " + created + " created, " + updated
                    + " updated");
        }
        return new int[] {created, updated};
    }
}
