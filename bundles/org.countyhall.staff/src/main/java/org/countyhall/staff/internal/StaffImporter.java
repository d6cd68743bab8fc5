package org.countyhall.staff.internal;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.jpa.CsvImport;
import org.countyhall.staff.api.StaffEvents;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.internal.store.StaffEntity;
import org.countyhall.staff.internal.store.StaffStore;

/** The CSV import of people on core's import flow: new numbers created, known ones updated, all rows or none. */
final class StaffImporter implements CsvImport.Rows<StaffCsv.Line> {

    private final StaffContext ctx;

    StaffImporter(StaffContext ctx) {
        this.ctx = ctx;
    }

    ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun) {
        StaffCsv.Parsed parsed = StaffCsv.parse(csv, charset, ctx.config().get().import_maxRows());
        return CsvImport.run(ctx.jpa(), ctx.audit(), "staff.import", "staff", parsed, this, dryRun, List.of());
    }

    @Override
    public CsvImport.Counts apply(EntityManager em, List<StaffCsv.Line> lines, boolean dryRun) {
        StaffStore store = new StaffStore(em);
        int created = 0;
        int updated = 0;
        for (StaffCsv.Line line : lines) {
            StaffInput in = line.input();
            Optional<StaffEntity> found = store.find(in.number());
            if (found.isEmpty()) {
                created++;
                if (!dryRun) {
                    StaffEntity e = new StaffEntity(in.number());
                    e.edit(in.name(), in.department(), in.building(), in.position(), in.qualifications(),
                            ctx.clock().instant());
                    e.roles(in.roles());
                    e.phone(in.phone());
                    store.add(e);
                    ctx.events().append(StaffEvents.CREATED, Map.of("staffNumber", in.number(),
                            "department", in.department()));
                }
            } else if (!found.get().sameAs(in.name(), in.department(), in.building(), in.position(),
                    in.qualifications(), in.roles(), in.phone())) {
                updated++;
                if (!dryRun) {
                    found.get().edit(in.name(), in.department(), in.building(), in.position(), in.qualifications(),
                            ctx.clock().instant());
                    found.get().roles(in.roles());
                    found.get().phone(in.phone());
                    ctx.events().append(StaffEvents.UPDATED, Map.of("staffNumber", in.number(),
                            "department", in.department()));
                }
            }
        }
        return new CsvImport.Counts(created, updated);
    }
}
