package org.countyhall.badges.api;

/** Why the holder may have a card (L555–L557): works in the main building, or an approved application. */
public enum CardBasis {
    MAIN_BUILDING, APPLICATION
}
