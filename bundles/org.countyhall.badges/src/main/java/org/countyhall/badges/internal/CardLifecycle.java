package org.countyhall.badges.internal;

import java.util.List;

import org.countyhall.badges.api.CardState;
import org.countyhall.badges.api.IssueReason;
import org.countyhall.core.api.error.ConflictException;

/**
 * Which step a card's state allows (L565–L573, L591): every refused step is a 409 naming the state. Plain Java.
 * {@code replaced}: a replacement was issued after this card.
 */
final class CardLifecycle {

    private CardLifecycle() {
    }

    /** 挂失 (L565, L591): only an active card; reported twice is a 409. */
    static CardState reportLoss(String number, CardState state) {
        if (state == CardState.LOST) {
            throw new ConflictException("card-already-lost", "Card " + number + " is already reported lost");
        }
        require(number, state, "reported lost", CardState.ACTIVE);
        return CardState.LOST;
    }

    /** 解挂: a lost or found card, while no replacement was issued after it (then the replacement is the card). */
    static CardState reactivate(String number, CardState state, boolean replaced) {
        require(number, state, "reactivated", CardState.LOST, CardState.FOUND);
        if (replaced) {
            throw new ConflictException("card-replaced", "Card " + number + " was replaced: it cannot be "
                    + "reactivated; hand it back to the office (L573)");
        }
        return CardState.ACTIVE;
    }

    /** A lost card handed back (L567, L573): found before a replacement, revoked after one. */
    static CardState found(String number, CardState state, boolean replaced) {
        require(number, state, "handed back as found", CardState.LOST);
        return replaced ? CardState.REVOKED : CardState.FOUND;
    }

    /** The holder hands a card in: in good order or damaged. */
    static CardState hand(String number, CardState state, boolean damaged) {
        require(number, state, "handed in", CardState.ACTIVE, CardState.FOUND);
        return damaged ? CardState.DAMAGED : CardState.RETURNED;
    }

    /**
     * Why the holder's next card is issued, from their latest card's state (null: no card yet): a lost one makes it a
     * replacement after loss, a damaged one after damage; an active or found card refuses the issuance.
     */
    static IssueReason nextIssuance(String holder, String latestNumber, CardState latest) {
        if (latest == null) {
            return IssueReason.NEW;
        }
        return switch (latest) {
            case ACTIVE -> throw new ConflictException("card-active", holder + " has an active card, "
                    + latestNumber + ": one active card per holder");
            case FOUND -> throw new ConflictException("card-found", holder + "'s card " + latestNumber
                    + " was found and is with the office: reactivate it (解挂) instead of issuing another");
            case LOST -> IssueReason.LOSS;
            case DAMAGED -> IssueReason.DAMAGE;
            case RETURNED, REVOKED -> IssueReason.NEW;
        };
    }

    private static void require(String number, CardState state, String step, CardState... allowed) {
        if (!List.of(allowed).contains(state)) {
            throw new ConflictException("card-" + state.name().toLowerCase(java.util.Locale.ROOT),
                    "Card " + number + " is " + state + ": it cannot be " + step + " (only when "
                    + String.join(" or ", List.of(allowed).stream().map(Enum::name).toList()) + ")");
        }
    }
}
