package org.countyhall.badges.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.countyhall.badges.api.AccountLine;
import org.countyhall.badges.api.Card;
import org.countyhall.badges.api.CardBasis;
import org.countyhall.badges.api.CardState;
import org.countyhall.badges.api.LineKind;
import org.countyhall.badges.internal.store.BadgesStore;
import org.countyhall.badges.internal.store.CardEntity;
import org.countyhall.badges.internal.store.LineEntity;
import org.countyhall.core.api.error.BusinessKeys;
import org.countyhall.core.jpa.Jpa;

/**
 * Leaving the main building (L575, L577, L593): which cards a person still owes the office, and what a departure or
 * transfer out that went ahead without them costs: each owed card revoked (it must not open doors) and one fine
 * per card, booked once per staff event.
 */
final class Leaving {

    private final BadgesContext ctx;

    Leaving(BadgesContext ctx) {
        this.ctx = ctx;
    }

    /** Active cards, and lost ones not replaced: the holder must hand them in (a lost one cannot be). */
    static boolean owed(CardEntity c) {
        return c.state() == CardState.ACTIVE || c.state() == CardState.LOST && c.replacedBy() == null;
    }

    List<Card> owed(String rawNumber, boolean mainBuildingOnly) {
        String number = BusinessKeys.validStaffNumber(rawNumber);
        if (number == null) {
            return List.of();
        }
        // inside a departure's or transfer's transaction (the staff checks), the holder's row is locked until it
        // commits: an issuance, which takes the same lock, cannot slip in between the check and the departure
        boolean locked = ctx.jpa().inTransaction();
        Jpa.Work<List<Card>> work = em -> {
            BadgesStore store = new BadgesStore(em);
            if (locked) {
                store.lockHolder(number);
            }
            return store.cardsOf(number).stream().filter(Leaving::owed)
                    .filter(c -> !mainBuildingOnly || c.basis() == CardBasis.MAIN_BUILDING)
                    .map(store::view).toList();
        };
        return locked ? ctx.jpa().write(work) : ctx.jpa().read(work);
    }

    /** Revokes the owed cards and books the fines, once per {@code source}/card; none when nothing is owed. */
    List<AccountLine> leftWithCards(String rawNumber, String source, LocalDate on, String fromUnit,
            boolean mainBuildingOnly) {
        String number = BusinessKeys.validStaffNumber(rawNumber);
        if (number == null) {
            return List.of();
        }
        long fine = ctx.config().get().fine_unreturnedFen();
        return ctx.jpa().write(em -> {
            BadgesStore store = new BadgesStore(em);
            java.util.Optional<org.countyhall.badges.internal.store.HolderEntity> holder = store.lockHolder(number);
            if (holder.isEmpty()) {
                return List.of(); // never had a card
            }
            String unit = fromUnit == null || fromUnit.isBlank() ? holder.get().unit() : fromUnit;
            List<AccountLine> booked = new ArrayList<>();
            for (CardEntity c : store.cardsOf(number)) {
                if (mainBuildingOnly && c.basis() != CardBasis.MAIN_BUILDING) {
                    continue;
                }
                if (c.state() == CardState.FOUND) { // with the office: no fine, but never to be reactivated now
                    c.moveTo(CardState.REVOKED, ctx.clock().instant());
                    CardDesk.announce(ctx, store, c, CardState.FOUND, "revoke");
                    continue;
                }
                if (!owed(c)) {
                    continue;
                }
                String src = source + "/" + c.number();
                if (store.booked(src)) {
                    continue;
                }
                CardState from = c.state();
                c.moveTo(CardState.REVOKED, ctx.clock().instant());
                CardDesk.announce(ctx, store, c, from, "revoke");
                if (fine > 0) {
                    LineEntity l = ctx.book(em, ctx.line(number, LineKind.FINE, fine, c.number(),
                            "card not handed in on leaving the main building on " + on + " (L577)", src)
                            .unit(unit)); // the unit that deducts it: the one the person left, not a later one
                    booked.add(l.toLine(null));
                    ctx.audit().record("badges.fine", "card/" + c.number(), String.valueOf(fine));
                }
            }
            return booked;
        });
    }
}
