package org.countyhall.badges.api;

/**
 * Why a card is issued, decided by the office's records: {@link #NEW} (no earlier card to replace), {@link #LOSS}
 * (the holder's card is reported lost and not yet replaced), {@link #DAMAGE} (the holder handed in a damaged card).
 */
public enum IssueReason {
    NEW, LOSS, DAMAGE
}
