package org.countyhall.badges.api;

/**
 * Where a card is. Only {@link #ACTIVE} opens doors. {@link #LOST}: reported lost (挂失), deactivated at once (L565);
 * {@link #FOUND}: a lost card back with the office before a replacement was issued, which may reactivate it (解挂);
 * {@link #RETURNED}: handed in in good order; {@link #DAMAGED}: handed in damaged; {@link #REVOKED}: deactivated for
 * good (found after a replacement, L567/L573, or not returned by a holder who left, L577).
 */
public enum CardState {
    ACTIVE, LOST, FOUND, RETURNED, DAMAGED, REVOKED;

    /** Whether the card still has to come back to the office from its holder (a departure waits for it, L593). */
    public boolean owed() {
        return this == ACTIVE || this == LOST;
    }
}
