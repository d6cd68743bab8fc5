package org.countyhall.staff.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.countyhall.core.api.error.ValidationException;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffEvents;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.Transfer;
import org.countyhall.staff.api.Veto;
import org.countyhall.staff.api.spi.TransferCheck;
import org.countyhall.staff.internal.store.StaffEntity;
import org.countyhall.staff.internal.store.StaffStore;

/**
 * Transfers (调动): asked of every registered {@link TransferCheck}, decided by {@link TransferRules}, forced only
 * with a reason, and announced as TRANSFERRED (from and to) for the domains that act on it.
 */
final class Transfers {

    private final StaffContext ctx;
    private final List<TransferCheck> checks;

    /** {@code checks} is the component's live list: bundles register and remove checks at runtime. */
    Transfers(StaffContext ctx, List<TransferCheck> checks) {
        this.ctx = ctx;
        this.checks = checks;
    }

    List<Veto> vetoes(String rawNumber, Transfer transfer, StaffWrites people) {
        String number = StaffRules.key(rawNumber);
        StaffMember m = people.find(number).orElseThrow(() -> StaffContext.notFound(number));
        String to = TransferRules.destination(required(transfer));
        return ask(m.number(), to, transfer.toBuilding() == null ? m.building() : transfer.toBuilding(), false);
    }

    StaffMember transfer(String rawNumber, Transfer transfer) {
        String number = StaffRules.key(rawNumber);
        String to = TransferRules.destination(required(transfer));
        return ctx.jpa().write(em -> {
            StaffStore store = new StaffStore(em);
            StaffEntity e = store.find(number).orElseThrow(() -> StaffContext.notFound(number));
            StaffMember before = store.member(e);
            Building building = transfer.toBuilding() == null ? before.building() : transfer.toBuilding();
            // asked inside this transaction, before the write, as for a departure (a check may lock what it judged)
            List<Veto> vetoes = ask(number, to, building, true);
            LocalDate on = TransferRules.decide(before, transfer, vetoes, LocalDate.now(ctx.clock()));
            boolean forced = transfer.force() && !vetoes.isEmpty();
            e.edit(before.name(), to, building, before.position(), before.qualifications(), ctx.clock().instant());
            store.flush();
            String vetoedBy = vetoes.stream().map(Veto::check).distinct().collect(Collectors.joining(","));
            String move = before.department() + " (" + before.building() + ") -> " + to + " (" + building + ") on " + on;
            String forceNote = transfer.force() ? "; force: " + transfer.forceReason().strip() : "";
            ctx.audit().record(forced ? "staff.transfer.forced" : "staff.transfer", "staff/" + number,
                    move + (forced ? "; overriding " + vetoedBy : "") + forceNote);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("staffNumber", number);
            payload.put("fromDepartment", before.department());
            payload.put("toDepartment", to);
            payload.put("fromBuilding", before.building().name());
            payload.put("toBuilding", building.name());
            payload.put("on", on.toString());
            payload.put("forced", forced);
            if (forced) {
                payload.put("vetoedBy", vetoedBy);
            }
            ctx.events().append(StaffEvents.TRANSFERRED, payload);
            return store.member(e);
        });
    }

    private static Transfer required(Transfer t) {
        if (t == null) {
            throw new ValidationException("(body)", "required");
        }
        return t;
    }

    private List<Veto> ask(String number, String to, Building building, boolean deciding) {
        return Vetoes.ask("Transfer", checks, TransferCheck::name, c -> c.vetoes(number, to, building),
                deciding ? "transfer-check-failed" : null);
    }
}
