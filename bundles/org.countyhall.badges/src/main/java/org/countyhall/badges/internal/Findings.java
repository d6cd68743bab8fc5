package org.countyhall.badges.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.countyhall.badges.api.BadgeEvents;
import org.countyhall.badges.api.CardState;
import org.countyhall.badges.api.Finding;
import org.countyhall.badges.api.FindingInput;
import org.countyhall.badges.api.FindingKind;
import org.countyhall.badges.internal.store.BadgesStore;
import org.countyhall.badges.internal.store.CardEntity;
import org.countyhall.badges.internal.store.FindingEntity;
import org.countyhall.core.api.error.BusinessKeys;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldChecks;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;

/**
 * Findings of the office's checks (L569, L563, L581) and the daily check that turns unreported losses into points.
 * A loss deactivates the card at once: a card found in the hall stays with the office (FOUND, or REVOKED if it was
 * replaced), a holder's missing card is reported lost on their behalf.
 */
final class Findings {

    private final BadgesContext ctx;

    Findings(BadgesContext ctx) {
        this.ctx = ctx;
    }

    Finding record(FindingInput input) {
        if (input == null) {
            throw new ValidationException("(body)", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (input.kind() == null) {
            errors.add(new FieldError("kind", "required: CARD_FOUND, CARD_MISSING, NOT_WORN or LENDING"));
        }
        boolean byCard = input.kind() == FindingKind.CARD_FOUND || input.kind() == FindingKind.LENDING;
        String number = CardRules.number(input.card());
        String chip = CardRules.asChip(input.card());
        if (byCard && number == null && chip == null) {
            errors.add(new FieldError("card", "required for " + input.kind() + ": the card's number or chip UID"));
        }
        String holder = byCard ? null : BusinessKeys.staffNumber(input.holder(), "holder", input.kind() != null, errors);
        String note = FieldChecks.text(input.note(), "note", 500, false, errors);
        Instant at = input.at() == null ? ctx.clock().instant() : input.at();
        if (at.isAfter(ctx.clock().instant())) {
            errors.add(new FieldError("at", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate day = at.atZone(ctx.clock().getZone()).toLocalDate();
        return ctx.jpa().write(em -> {
            BadgesStore store = new BadgesStore(em);
            CardEntity card = byCard ? CardDesk.find(store, number, chip).orElseThrow(() ->
                    new ValidationException("card", "no card " + input.card())) : holdersCard(store, holder);
            store.lockHolder(card.holder());
            em.refresh(card);
            Boolean reported = null;
            if (input.kind().loss()) {
                reported = loss(store, card, input.kind(), at);
            }
            FindingEntity f = new FindingEntity(input.kind(), card.holder(), card.number(), at, day, note, reported,
                    ctx.by());
            em.persist(f);
            em.flush();
            ctx.audit().record("badges.finding.record", "card/" + card.number(), input.kind().name());
            if (!input.kind().loss()) {
                ctx.events().append(BadgeEvents.VIOLATION, Map.of("staffNumber", card.holder(), "kind",
                        input.kind().name(), "day", day.toString(), "findingId", f.id()));
            }
            return f.toFinding();
        });
    }

    /** The holder's card a finding about them concerns: the one they should carry (active, else lost). */
    private static CardEntity holdersCard(BadgesStore store, String holder) {
        List<CardEntity> cards = store.cardsOf(holder);
        if (cards.isEmpty()) {
            throw new ValidationException("holder", "no card holder " + holder);
        }
        return cards.stream().filter(c -> c.state() == CardState.ACTIVE).findFirst()
                .orElse(cards.get(cards.size() - 1));
    }

    /** Deactivates the card of a loss at once (L565) and answers whether a loss report preceded the finding. */
    private boolean loss(BadgesStore store, CardEntity card, FindingKind kind, Instant at) {
        CardState from = card.state();
        boolean reported = from == CardState.LOST && card.lostAt() != null && !card.lostAt().isAfter(at);
        if (from != CardState.ACTIVE && from != CardState.LOST) {
            throw new ConflictException("card-" + from.name().toLowerCase(java.util.Locale.ROOT), "Card "
                    + card.number() + " is " + from + ": not a loss");
        }
        CardState to = kind == FindingKind.CARD_FOUND
                ? (card.replacedBy() != null ? CardState.REVOKED : CardState.FOUND)
                : CardState.LOST;
        if (to != from) {
            // a card missing at the door is lost since then: a later finding of it is judged against that moment
            card.moveTo(to, to == CardState.LOST ? at : ctx.clock().instant());
            CardDesk.announce(ctx, store, card, from, kind == FindingKind.CARD_FOUND ? "found" : "report-loss");
        }
        return reported;
    }

    Page<Finding> list(LocalDate day, String rawHolder, PageRequest page) {
        String h = CardRules.staffFilter(rawHolder, "holder");
        return ctx.jpa().read(em -> new BadgesStore(em).findings(day, h, page));
    }

    /**
     * The daily check for {@code day} (L569): each loss found up to that day that no report preceded and no check
     * took yet costs the policy's points in the month of its finding; the finding is marked in the same transaction
     * as its event, so a day checked twice (or on two nodes) announces nothing twice.
     */
    List<Finding> dailyCheck(LocalDate day) {
        if (day == null) {
            throw new ValidationException("date", "required");
        }
        BadgesContext.Policies policies = ctx.policies().get();
        return ctx.jpa().write(em -> {
            List<Finding> announced = new ArrayList<>();
            for (FindingEntity f : new BadgesStore(em).uncheckedUnreportedLosses(day)) {
                int points = Math.max(0, policies.penalty().points(f.holder(), f.day()));
                f.checked(day, points);
                em.flush(); // a second check of the same finding elsewhere fails here on the version
                ctx.events().append(BadgeEvents.LOSS_UNREPORTED, Map.of("staffNumber", f.holder(), "month",
                        YearMonth.from(f.day()).toString(), "points", points, "findingId", f.id(),
                        "day", f.day().toString()));
                announced.add(f.toFinding());
            }
            ctx.audit().record("badges.daily-check", "day/" + day, announced.size() + " unreported loss(es)");
            return announced;
        });
    }
}
