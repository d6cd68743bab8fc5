package org.countyhall.staff.api;

/**
 * Search criteria, all optional: {@code text} matches the start of the number or any part of the name,
 * the others match exactly.
 */
public record StaffQuery(String text, String department, Building building, StaffState state, String qualification) {

    /** Everybody. */
    public static final StaffQuery ALL = new StaffQuery(null, null, null, null, null);
}
