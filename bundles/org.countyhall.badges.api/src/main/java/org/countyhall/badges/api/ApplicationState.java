package org.countyhall.badges.api;

/** A department head's application for a card (L556): submitted, then approved or rejected; used by one issuance. */
public enum ApplicationState {
    SUBMITTED, APPROVED, REJECTED, USED
}
