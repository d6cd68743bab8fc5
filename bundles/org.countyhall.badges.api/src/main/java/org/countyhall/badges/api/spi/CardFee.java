package org.countyhall.badges.api.spi;

/** What one issuance takes, in fen (≥ 0): a deposit, a fee (工本费), and the rule applied in words (for the receipt). */
public record CardFee(long depositFen, long feeFen, String rule) {
}
