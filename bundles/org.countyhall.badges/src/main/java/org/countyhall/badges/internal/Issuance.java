package org.countyhall.badges.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.countyhall.badges.api.BadgeEvents;
import org.countyhall.badges.api.Card;
import org.countyhall.badges.api.CardBasis;
import org.countyhall.badges.api.IssueReason;
import org.countyhall.badges.api.IssueRequest;
import org.countyhall.badges.api.Issued;
import org.countyhall.badges.api.LineKind;
import org.countyhall.badges.api.spi.CardFee;
import org.countyhall.badges.api.spi.Eligibility;
import org.countyhall.badges.api.spi.EligibilityRequest;
import org.countyhall.badges.api.spi.FeeRequest;
import org.countyhall.badges.internal.store.ApplicationEntity;
import org.countyhall.badges.internal.store.BadgesStore;
import org.countyhall.badges.internal.store.CardEntity;
import org.countyhall.badges.internal.store.HolderEntity;
import org.countyhall.core.api.error.BusinessKeys;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldChecks;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.jpa.Inserts;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffCheck;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffState;

/**
 * Issuing a card (L555–L559): who the holder is (the staff directory, or the office's word without it), whether they
 * may have one (the eligibility policy), why it is issued (the holder's latest card), what it costs (the fee policy),
 * all in one transaction under the holder's row lock with the card, its account lines, audit and events.
 */
final class Issuance {

    private final BadgesContext ctx;

    Issuance(BadgesContext ctx) {
        this.ctx = ctx;
    }

    /** The holder as the badge shows them, and whether the directory said so. */
    record Person(String number, String name, String unit, Building building, boolean checked) {
    }

    Issued issue(IssueRequest request) {
        if (request == null) {
            throw new ValidationException("(body)", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        String holder = BusinessKeys.staffNumber(request.holder(), "holder", true, errors);
        String chip = CardRules.chipUid(request.chipUid(), "chipUid", errors);
        Person person = errors.isEmpty() ? person(holder, request, errors) : null;
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        BadgesContext.Policies policies = ctx.policies().get();
        return ctx.jpa().write(em -> {
            BadgesStore store = new BadgesStore(em);
            Optional<HolderEntity> known = store.lockHolder(holder);
            List<CardEntity> cards = known.isPresent() ? store.cardsOf(holder) : List.of();
            CardEntity latest = cards.isEmpty() ? null : cards.get(cards.size() - 1);
            IssueReason reason = CardLifecycle.nextIssuance(holder, latest == null ? null : latest.number(),
                    latest == null ? null : latest.state());
            Optional<ApplicationEntity> application = store.approvedFor(holder);
            boolean replacingApplied = FeeSchedule.replacement(reason) && latest.basis() == CardBasis.APPLICATION;
            Eligibility eligible = policies.eligibility().decide(new EligibilityRequest(holder, person.building(),
                    person.checked(), application.isPresent() || replacingApplied));
            if (eligible == null || !eligible.eligible()) {
                throw new ValidationException("holder", holder + " " + (eligible == null || eligible.refusal() == null
                        ? "may not be issued a card" : eligible.refusal()));
            }
            if (store.liveChip(chip).isPresent()) {
                throw new ConflictException("chip-in-use", "Chip " + chip + " is in another card that is not handed in");
            }
            // every read before the first insert: on Derby a read that meets another issuance's uncommitted rows
            // waits for it, and one that came after this issuance's own inserts could close a deadlock
            long depositHeld = known.isPresent() ? depositHeld(store, holder) : 0;
            HolderEntity h = known.orElseGet(() -> new HolderEntity(holder));
            h.describe(person.name(), person.unit(), person.building(), ctx.clock().instant());
            if (known.isEmpty()) {
                // a concurrent first issuance for the same person inserted the row a moment ago
                Inserts.unique(em, h, () -> new ConflictException("issuance-in-progress", "Another card for "
                        + holder + " was issued meanwhile; reload"));
            }
            int issuance = h.countCard();
            CardFee fee = policies.fees().fee(new FeeRequest(holder, reason, issuance,
                    cards.stream().map(CardEntity::reason).toList(), depositHeld));
            if (fee == null || fee.depositFen() < 0 || fee.feeFen() < 0) {
                throw new IllegalStateException("The card fee policy answered no fee or a negative one");
            }
            boolean useApplication = eligible.basis() == CardBasis.APPLICATION && application.isPresent()
                    && !replacingApplied;
            String number = CardRules.printed(ctx.config().get().card_numberPrefix(), store.nextCardValue());
            CardEntity card = new CardEntity(number, chip, holder, eligible.basis(), reason, issuance,
                    FeeSchedule.replacement(reason) ? latest.number() : null,
                    useApplication ? application.get().id() : null, person.checked(), ctx.clock().instant());
            // the chip's and the holder's unique columns refuse a second live card made a moment ago elsewhere
            Inserts.unique(em, card, () -> new ConflictException("card-conflict", "Another card for " + holder
                    + " or with chip " + chip + " was issued meanwhile; reload"));
            store.cardChange(chip, true, ctx.clock().instant()); // the doors let the new card in
            if (FeeSchedule.replacement(reason)) {
                latest.replacedBy(card.number());
            }
            if (useApplication) {
                application.get().usedFor(card.number());
            }
            store.flush();
            if (fee.depositFen() > 0) {
                ctx.book(em, ctx.line(holder, LineKind.DEPOSIT, fee.depositFen(), card.number(), fee.rule(), null));
            }
            if (fee.feeFen() > 0) {
                ctx.book(em, ctx.line(holder, LineKind.FEE, fee.feeFen(), card.number(), fee.rule(), null));
            }
            ctx.audit().record("badges.card.issue", "card/" + card.number(), holder + " " + reason
                    + " deposit " + fee.depositFen() + " fee " + fee.feeFen());
            ctx.events().append(BadgeEvents.CARD_ISSUED, Map.of("cardNumber", card.number(), "chipUid", chip,
                    "staffNumber", holder, "reason", reason.name(), "issuance", issuance));
            Card view = card.toCard(h);
            return new Issued(view, fee.depositFen(), fee.feeFen(), fee.rule(),
                    person.checked() ? List.of() : List.of(StaffCheck.NOT_INSTALLED));
        });
    }

    static long depositHeld(BadgesStore store, String holder) {
        Map<LineKind, Long> t = store.totals(holder);
        return t.get(LineKind.DEPOSIT) + t.get(LineKind.REFUND);
    }

    /**
     * The person from the directory when it is installed (an unknown or departed number is a 400), else as the
     * office states them: name, unit and building are then required.
     */
    private Person person(String holder, IssueRequest r, List<FieldError> errors) {
        StaffDirectory directory = ctx.staff().get();
        if (directory != null) {
            Optional<StaffMember> m = directory.find(holder);
            if (m.isEmpty()) {
                errors.add(new FieldError("holder", "no staff member " + holder));
                return null;
            }
            if (m.get().state() == StaffState.LEFT) {
                errors.add(new FieldError("holder", "staff member " + holder + " has left"));
                return null;
            }
            return new Person(holder, m.get().name(), m.get().department(), m.get().building(), true);
        }
        String name = FieldChecks.text(r.name(), "name", 100, true, errors);
        String unit = FieldChecks.text(r.unit(), "unit", 100, true, errors);
        if (r.building() == null) {
            errors.add(new FieldError("building", "required while the staff directory is not installed: MAIN or OTHER"));
        }
        return new Person(holder, name, unit, r.building(), false);
    }
}
