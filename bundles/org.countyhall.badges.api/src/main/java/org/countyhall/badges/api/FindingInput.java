package org.countyhall.badges.api;

import java.time.Instant;

/**
 * A finding: its kind, the card (its number or chip UID; needed for {@link FindingKind#CARD_FOUND} and
 * {@link FindingKind#LENDING}) or the holder's staff number (for the others; the holder's card is then their
 * active or lost one), when ({@code null} = now) and a note.
 */
public record FindingInput(FindingKind kind, String card, String holder, Instant at, String note) {
}
