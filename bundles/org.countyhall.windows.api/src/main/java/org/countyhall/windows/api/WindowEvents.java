package org.countyhall.windows.api;

/** Outbox topics of the window registry and their payload keys (plain values: strings, and numbers for ids). */
public final class WindowEvents {

    /** A window was created. Keys: windowNumber, department. */
    public static final String CREATED = "org/countyhall/windows/CREATED";
    /** A window's details, posts or state changed. Keys: windowNumber, department, state. */
    public static final String UPDATED = "org/countyhall/windows/UPDATED";
    /** Leave was granted. Keys: leaveId, staffNumber, firstDay, lastDay, substitute (empty if none). */
    public static final String LEAVE_GRANTED = "org/countyhall/windows/LEAVE_GRANTED";
    /** Leave was withdrawn. Keys: leaveId, staffNumber. */
    public static final String LEAVE_CANCELLED = "org/countyhall/windows/LEAVE_CANCELLED";

    /**
     * The daily coverage check found a window that will be unstaffed on a working day (A/B rule, L837).
     * Keys: windowNumber, day (ISO date), reason.
     */
    public static final String UNSTAFFED = "org/countyhall/windows/UNSTAFFED";

    private WindowEvents() {
    }
}
