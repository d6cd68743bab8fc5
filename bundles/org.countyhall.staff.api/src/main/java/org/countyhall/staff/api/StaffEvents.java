package org.countyhall.staff.api;

/**
 * Outbox topics of the staff directory and their payload keys. Payloads are plain strings and booleans; consumers
 * never need this bundle to read them.
 */
public final class StaffEvents {

    /** A person was added. Keys: staffNumber, department. */
    public static final String CREATED = "org/countyhall/staff/CREATED";
    /** A person's details changed. Keys: staffNumber, department. */
    public static final String UPDATED = "org/countyhall/staff/UPDATED";
    /**
     * A person left. Keys: staffNumber, department, leftOn (ISO date), forced (boolean) and, when forced,
     * vetoedBy (comma-separated check names whose vetoes the office overrode).
     */
    public static final String DEPARTED = "org/countyhall/staff/DEPARTED";
    /**
     * A person moved to another department and/or building and stays active (调动). Keys: staffNumber,
     * fromDepartment, toDepartment, fromBuilding, toBuilding (MAIN or OTHER), on (ISO date), forced (boolean) and,
     * when forced, vetoedBy.
     */
    public static final String TRANSFERRED = "org/countyhall/staff/TRANSFERRED";

    private StaffEvents() {
    }
}
