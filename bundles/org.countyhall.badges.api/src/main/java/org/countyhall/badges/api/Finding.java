package org.countyhall.badges.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded finding. {@code lossReported}: for a loss, whether the holder had reported it before {@code at}
 * (null for a violation); {@code checkedOn}: the day the daily check took it into account (null until then);
 * {@code points}: the points it cost (0 until checked, or when reported).
 */
public record Finding(long id, FindingKind kind, String holder, String cardNumber, Instant at, LocalDate day,
        String note, Boolean lossReported, LocalDate checkedOn, int points, String recordedBy) {
}
