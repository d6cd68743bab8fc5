package org.countyhall.badges.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a holder's card account, never edited: {@code amountFen} signed (see {@link LineKind}),
 * {@code reverses} the line a reversal cancels, {@code reversedBy} the reversal of this line, if any; {@code day}
 * the business day in the centre's zone; {@code by} who booked it ({@code system} for a consumer or job).
 */
public record AccountLine(long id, String holder, LineKind kind, long amountFen, String cardNumber, Instant at,
        LocalDate day, String note, Long reverses, Long reversedBy, String by) {
}
