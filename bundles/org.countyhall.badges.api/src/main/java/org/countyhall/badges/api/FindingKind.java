package org.countyhall.badges.api;

/**
 * What the office's daily check (L569) or a round of the hall found. {@link #CARD_FOUND}: a card found in the hall
 * (it stays with the office); {@link #CARD_MISSING}: a holder at the door without their card, which is lost (it is
 * deactivated at once); both are losses, and one that no loss report preceded costs points (L569).
 * {@link #NOT_WORN}: a holder without the card worn (L581); {@link #LENDING}: a card used by someone else (转借,
 * L563, L579, L585). The last two are violations recorded against the holder.
 */
public enum FindingKind {
    CARD_FOUND, CARD_MISSING, NOT_WORN, LENDING;

    /** Whether the finding is a loss (the daily check asks whether it was reported before). */
    public boolean loss() {
        return this == CARD_FOUND || this == CARD_MISSING;
    }
}
