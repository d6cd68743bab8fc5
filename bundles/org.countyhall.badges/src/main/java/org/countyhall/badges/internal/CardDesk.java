package org.countyhall.badges.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import javax.persistence.EntityManager;

import org.countyhall.badges.api.BadgeEvents;
import org.countyhall.badges.api.Card;
import org.countyhall.badges.api.CardQuery;
import org.countyhall.badges.api.CardState;
import org.countyhall.badges.api.LineKind;
import org.countyhall.badges.internal.store.BadgesStore;
import org.countyhall.badges.internal.store.CardEntity;
import org.countyhall.core.api.error.ForbiddenException;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.Roles;

/** Cards read, and moved from state to state (L565–L575): each step under the holder's lock, audited, announced. */
final class CardDesk {

    private final BadgesContext ctx;

    CardDesk(BadgesContext ctx) {
        this.ctx = ctx;
    }

    Optional<Card> card(String numberOrChip) {
        String number = CardRules.number(numberOrChip);
        String chip = CardRules.asChip(numberOrChip);
        if (number == null && chip == null) {
            return Optional.empty();
        }
        return ctx.jpa().read(em -> find(new BadgesStore(em), number, chip).map(new BadgesStore(em)::view));
    }

    static Optional<CardEntity> find(BadgesStore store, String number, String chip) {
        Optional<CardEntity> byNumber = number == null ? Optional.empty() : store.card(number);
        return byNumber.isPresent() || chip == null ? byNumber : store.cardByChip(chip);
    }

    Page<Card> cards(CardQuery query, PageRequest page) {
        CardQuery q = query == null ? CardQuery.ALL : query;
        String holder = CardRules.staffFilter(q.holder(), "holder");
        CardQuery normal = new CardQuery(holder, q.state(), q.unit() == null || q.unit().isBlank() ? null
                : q.unit().strip());
        return ctx.jpa().read(em -> new BadgesStore(em).cards(normal, page));
    }

    /** 挂失: the office, or the holder for their own card (a window clerk may not report another's). */
    Card reportLoss(String number) {
        return step(number, "report-loss", (card, store) -> {
            Actor a = ctx.actor().get();
            if (a.hasRole(Roles.WINDOW) && !a.hasRole(Roles.OFFICE) && !a.hasRole(Roles.ADMIN)
                    && !card.holder().equals(a.staffNumber())) {
                throw new ForbiddenException("not-your-card", "Only the holder or the office may report card "
                        + card.number() + " lost");
            }
            return CardLifecycle.reportLoss(card.number(), card.state());
        });
    }

    Card reactivate(String number) {
        return step(number, "reactivate", (card, store) ->
                CardLifecycle.reactivate(card.number(), card.state(), card.replacedBy() != null));
    }

    Card found(String number) {
        return step(number, "found", (card, store) ->
                CardLifecycle.found(card.number(), card.state(), card.replacedBy() != null));
    }

    /** Handed in; in good order the deposit is refunded when no other card is still owed or found (L559 reading). */
    Card hand(String number, boolean damaged) {
        return step(number, damaged ? "hand-in-damaged" : "hand-in", (card, store) ->
                CardLifecycle.hand(card.number(), card.state(), damaged));
    }

    /** One step: lock the holder, decide from the card's state, move it, refund if it was the last card. */
    private Card step(String rawNumber, String action, BiFunction<CardEntity, BadgesStore, CardState> decide) {
        String number = CardRules.number(rawNumber);
        String chip = CardRules.asChip(rawNumber);
        if (number == null && chip == null) {
            throw BadgesContext.noCard(rawNumber);
        }
        return ctx.jpa().write(em -> {
            BadgesStore store = new BadgesStore(em);
            CardEntity seen = find(store, number, chip).orElseThrow(() -> BadgesContext.noCard(rawNumber));
            store.lockHolder(seen.holder());
            em.refresh(seen); // as it is now that its holder is locked
            CardState from = seen.state();
            CardState to = decide.apply(seen, store);
            seen.moveTo(to, ctx.clock().instant());
            store.flush();
            if (to == CardState.RETURNED) {
                refundIfLast(em, store, seen);
            }
            announce(ctx, store, seen, from, action);
            return store.view(seen);
        });
    }

    private void refundIfLast(EntityManager em, BadgesStore store, CardEntity returned) {
        List<CardEntity> cards = store.cardsOf(returned.holder());
        boolean others = cards.stream().anyMatch(c -> c.id() != returned.id()
                && (c.state() == CardState.ACTIVE || c.state() == CardState.FOUND
                || c.state() == CardState.LOST && c.replacedBy() == null));
        long held = Issuance.depositHeld(store, returned.holder());
        if (!others && held > 0) {
            ctx.book(em, ctx.line(returned.holder(), LineKind.REFUND, -held, returned.number(),
                    "deposit refunded: last card handed in in good order", null));
        }
    }

    /** The audit entry and the CARD_STATE event of a step. */
    static void announce(BadgesContext ctx, BadgesStore store, CardEntity card, CardState from, String action) {
        if ((from == CardState.ACTIVE) != (card.state() == CardState.ACTIVE)) { // the doors' list changes
            store.cardChange(card.chipUid(), card.state() == CardState.ACTIVE, ctx.clock().instant());
        }
        ctx.audit().record("badges.card." + action, "card/" + card.number(), from + " -> " + card.state());
        ctx.events().append(BadgeEvents.CARD_STATE, Map.of("cardNumber", card.number(), "chipUid", card.chipUid(),
                "staffNumber", card.holder(), "from", from.name(), "to", card.state().name()));
    }
}
