package org.countyhall.badges.internal.shell;

import java.math.BigDecimal;

import org.countyhall.badges.api.Card;

/** How the commands print cards and money. */
final class Out {

    private Out() {
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    static String card(Card c) {
        return "Card " + c.number() + " (chip " + c.chipUid() + ") of " + c.holder() + " " + c.holderName() + ", "
                + c.unit() + ": " + c.state();
    }
}
