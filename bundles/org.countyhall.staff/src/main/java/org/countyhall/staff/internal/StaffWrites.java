package org.countyhall.staff.internal;

import java.util.Map;
import java.util.Optional;

import org.countyhall.core.api.error.BusinessKeys;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.jpa.Inserts;
import org.countyhall.core.jpa.RecordCache;
import org.countyhall.staff.api.StaffEvents;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffQuery;
import org.countyhall.staff.internal.store.StaffEntity;
import org.countyhall.staff.internal.store.StaffStore;

/** People in the directory: read, created, updated; each write with its audit entry and outbox event. */
final class StaffWrites {

    /** Records kept by the read cache: a county's staff, with room (about 1 KiB each). */
    static final int RECORDS_CACHED = 5_000;

    private final StaffContext ctx;
    // a person's record is read far more often than it changes (every window screen, every check of a post)
    private final RecordCache<String, StaffMember> records;

    StaffWrites(StaffContext ctx) {
        this.ctx = ctx;
        this.records = new RecordCache<>(ctx.jpa(), "SELECT VERSION FROM STAFF_MEMBER WHERE STAFF_NUMBER = ?",
                StaffMember::version, RECORDS_CACHED);
    }

    Optional<StaffMember> find(String rawNumber) {
        String number = BusinessKeys.validStaffNumber(rawNumber);
        if (number == null) {
            return Optional.empty();
        }
        return records.find(number, em -> {
            StaffStore store = new StaffStore(em);
            return store.find(number).map(store::member);
        }).map(m -> StaffPrivacy.forReader(m, ctx.reader().get()));
    }

    Page<StaffMember> search(StaffQuery query, PageRequest page) {
        return ctx.jpa().read(em -> new StaffStore(em).search(query == null ? StaffQuery.ALL : query, page))
                .map(StaffMember::masked); // a list never shows a phone in full, whoever reads it
    }

    StaffMember create(StaffInput input) {
        StaffInput in = valid(input);
        return ctx.jpa().write(em -> {
            StaffEntity e = new StaffEntity(in.number());
            e.edit(in.name(), in.department(), in.building(), in.position(), in.qualifications(), ctx.clock().instant());
            e.roles(in.roles());
            e.phone(in.phone());
            // the primary key refuses a taken number, also one taken a moment ago by another clerk or node
            Inserts.unique(em, e, () -> new ConflictException("duplicate-staff-number", "Staff number "
                    + in.number() + " is taken"));
            ctx.audit().record("staff.create", "staff/" + in.number(), in.department());
            ctx.events().append(StaffEvents.CREATED, Map.of("staffNumber", in.number(),
                    "department", in.department()));
            return e.toMember();
        });
    }

    StaffMember update(String rawNumber, long expectedVersion, StaffInput input) {
        if (input == null) {
            throw new ValidationException("(body)", "required");
        }
        String number = StaffRules.key(rawNumber);
        StaffInput in = valid(new StaffInput(number, input.name(), input.department(), input.building(),
                input.position(), input.qualifications(), input.roles(), input.phone()));
        return ctx.jpa().write(em -> {
            StaffStore store = new StaffStore(em);
            StaffEntity e = store.find(number).orElseThrow(() -> StaffContext.notFound(number));
            if (e.version() != expectedVersion) {
                throw new ConflictException("stale-version", "Staff member " + number + " was changed meanwhile "
                        + "(now version " + e.version() + "); reload and try again");
            }
            e.edit(in.name(), in.department(), in.building(), in.position(), in.qualifications(),
                    ctx.clock().instant());
            e.roles(in.roles());
            e.phone(in.phone());
            store.flush();
            ctx.audit().record("staff.update", "staff/" + number, in.department());
            ctx.events().append(StaffEvents.UPDATED, Map.of("staffNumber", number, "department", in.department()));
            return store.member(e);
        });
    }

    private static StaffInput valid(StaffInput input) {
        if (input == null) {
            throw new ValidationException("(body)", "required");
        }
        StaffRules.Checked c = StaffRules.check(input, "");
        if (!c.ok()) {
            throw new ValidationException(c.errors());
        }
        return c.input();
    }
}
