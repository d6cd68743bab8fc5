package org.countyhall.badges.internal;

import org.countyhall.badges.api.IssueReason;
import org.countyhall.badges.api.spi.CardFee;
import org.countyhall.badges.api.spi.FeeRequest;

/**
 * The default fees (L559, the reading of domain.md §4): the first card a deposit; the second card, after a loss or
 * damage, the second-card fee (20.00); every further card after a loss the further fee (50.00); a replacement for
 * damage the damage fee (20.00) at any point. A deposit is taken only while none is held: a replacement keeps the
 * deposit in the holder's account, and a person who comes back after a refund pays it again. Plain Java.
 */
record FeeSchedule(long depositFen, long secondCardFen, long furtherAfterLossFen, long damageFen) {

    static FeeSchedule of(BadgesConfig c) {
        return new FeeSchedule(c.fee_depositFen(), c.fee_secondCardFen(), c.fee_furtherAfterLossFen(),
                c.fee_damageFen());
    }

    CardFee fee(FeeRequest r) {
        long deposit = r.depositHeldFen() > 0 ? 0 : depositFen;
        return switch (r.reason()) {
            case NEW -> new CardFee(deposit, 0, deposit > 0 ? "deposit of a first card (L559)" : "deposit already held");
            case DAMAGE -> new CardFee(deposit, damageFen, "replacement for damage (L559)");
            case LOSS -> r.issuance() <= 2
                    ? new CardFee(deposit, secondCardFen, "second card, after a loss (L559)")
                    : new CardFee(deposit, furtherAfterLossFen, "card " + r.issuance() + ", again after a loss (L559)");
        };
    }

    /** Whether {@code reason} replaces a card (then the holder keeps the deposit they paid). */
    static boolean replacement(IssueReason reason) {
        return reason != IssueReason.NEW;
    }
}
