package org.countyhall.badges.api;

/**
 * Outbox topics of the badges domain and their payload keys (plain strings and numbers, no personal data; a card's
 * chip UID is not personal). Door controllers follow CARD_* to know which chips open doors.
 */
public final class BadgeEvents {

    /** A card was issued and is active. Keys: cardNumber, chipUid, staffNumber, reason (NEW, LOSS, DAMAGE), issuance. */
    public static final String CARD_ISSUED = "org/countyhall/badges/CARD_ISSUED";
    /**
     * A card changed state. Keys: cardNumber, chipUid, staffNumber, from, to (a {@link CardState}); it opens doors
     * only in state ACTIVE.
     */
    public static final String CARD_STATE = "org/countyhall/badges/CARD_STATE";
    /**
     * The daily check found a loss that no loss report preceded (L569). Keys: staffNumber, month (yyyy-MM, the month
     * of the finding), points (to deduct from that month's performance score), findingId, day (ISO date).
     */
    public static final String LOSS_UNREPORTED = "org/countyhall/badges/LOSS_UNREPORTED";
    /** A violation was recorded against a holder. Keys: staffNumber, kind (NOT_WORN or LENDING), day, findingId. */
    public static final String VIOLATION = "org/countyhall/badges/VIOLATION";
    /**
     * A line was booked in a holder's card account. Keys: staffNumber, lineId, kind (a {@link LineKind}), amountFen
     * and, for a reversal, reverses.
     */
    public static final String LINE_BOOKED = "org/countyhall/badges/LINE_BOOKED";

    private BadgeEvents() {
    }
}
