package org.countyhall.badges.api;

/**
 * A line of a holder's card account. Amounts are fen the holder has paid or owes the centre: a {@link #DEPOSIT}
 * (押金) and a {@link #FEE} (工本费) are paid in cash, a {@link #REFUND} gives the deposit back (negative), a
 * {@link #FINE} is deducted from salary (L577); a {@link #REVERSAL} cancels one earlier line (its amount negated),
 * since lines are never edited.
 */
public enum LineKind {
    DEPOSIT, FEE, REFUND, FINE, REVERSAL
}
