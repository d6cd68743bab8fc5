package org.countyhall.staff.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One person in the directory. {@code qualifications} are the codes of the service items the person may handle
 * at a window (sorted); {@code roles} what the person does at the centre (in {@link StaffRole} order);
 * {@code version} increases with every change and guards updates against lost writes.
 */
public record StaffMember(String number, String name, String department, Building building, String position,
        List<String> qualifications, StaffState state, boolean hasPhoto, LocalDate leftOn, String departureReason,
        boolean departureForced, Instant updatedAt, long version, List<StaffRole> roles) {

    public StaffMember {
        qualifications = List.copyOf(qualifications);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Without roles (the record of version 1.0). */
    public StaffMember(String number, String name, String department, Building building, String position,
            List<String> qualifications, StaffState state, boolean hasPhoto, LocalDate leftOn, String departureReason,
            boolean departureForced, Instant updatedAt, long version) {
        this(number, name, department, building, position, qualifications, state, hasPhoto, leftOn, departureReason,
                departureForced, updatedAt, version, List.of());
    }

    /** True if the person may handle every one of {@code itemCodes}. */
    public boolean qualifiedFor(java.util.Collection<String> itemCodes) {
        return qualifications.containsAll(itemCodes);
    }
}
