package org.countyhall.staff.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.countyhall.core.api.error.ValidationException;
import org.countyhall.staff.api.Departure;
import org.countyhall.staff.api.StaffEvents;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.Veto;
import org.countyhall.staff.api.spi.DepartureCheck;
import org.countyhall.staff.internal.store.StaffEntity;
import org.countyhall.staff.internal.store.StaffStore;

/**
 * Departures (离职): asked of every registered {@link DepartureCheck} (windows: the person's posts), decided by
 * {@link DepartureRules}, forced only with a reason, and announced as DEPARTED for the domains that act on it.
 */
final class Departures {

    private final StaffContext ctx;
    private final List<DepartureCheck> checks;

    /** {@code checks} is the component's live list: bundles register and remove checks at runtime. */
    Departures(StaffContext ctx, List<DepartureCheck> checks) {
        this.ctx = ctx;
        this.checks = checks;
    }

    List<Veto> vetoes(String rawNumber, StaffWrites people) {
        String number = StaffRules.key(rawNumber);
        people.find(number).orElseThrow(() -> StaffContext.notFound(number));
        return ask(number, false);
    }

    StaffMember depart(String rawNumber, Departure departure) {
        String number = StaffRules.key(rawNumber);
        if (departure == null) {
            throw new ValidationException("(body)", "required");
        }
        return ctx.jpa().write(em -> {
            // the checks run inside this transaction, before the write: a check may lock what it judged (windows
            // takes its coverage lock), so that nothing it judged can change until the departure commits
            List<Veto> vetoes = ask(number, true);
            StaffStore store = new StaffStore(em);
            StaffEntity e = store.find(number).orElseThrow(() -> StaffContext.notFound(number));
            LocalDate on = DepartureRules.decide(number, store.member(e).state(), departure, vetoes,
                    LocalDate.now(ctx.clock()));
            boolean forced = departure.force() && !vetoes.isEmpty();
            e.depart(on, departure.reason().strip(), forced, ctx.clock().instant());
            store.flush();
            String vetoedBy = vetoes.stream().map(Veto::check).distinct().collect(Collectors.joining(","));
            // a force reason is always recorded, also when nothing happened to object by the time of the departure
            String forceNote = departure.force() ? "force: " + departure.forceReason().strip() : null;
            ctx.audit().record(forced ? "staff.depart.forced" : "staff.depart", "staff/" + number,
                    forced ? "overriding " + vetoedBy + "; " + forceNote : forceNote);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("staffNumber", number);
            payload.put("department", e.department());
            payload.put("leftOn", on.toString());
            payload.put("forced", forced);
            if (forced) {
                payload.put("vetoedBy", vetoedBy);
            }
            ctx.events().append(StaffEvents.DEPARTED, payload);
            return store.member(e);
        });
    }

    /** Every check's vetoes; deciding ({@code failIfBroken}), a failed check stops the departure (503). */
    private List<Veto> ask(String number, boolean failIfBroken) {
        return Vetoes.ask("Departure", checks, DepartureCheck::name, c -> c.vetoes(number),
                failIfBroken ? "departure-check-failed" : null);
    }
}
