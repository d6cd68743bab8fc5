package org.countyhall.staff.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.countyhall.core.api.privacy.Privacy;

/**
 * One person in the directory. {@code qualifications} are the codes of the service items the person may handle
 * at a window (sorted); {@code roles} what the person does at the centre (in {@link StaffRole} order);
 * {@code phone} the work contact, personal data: every list shows it masked ({@code 138****5678}), one person's
 * record shows it in full only to the office, admins, department heads and the person (domain §11);
 * {@code version} increases with every change and guards updates against lost writes.
 */
public record StaffMember(String number, String name, String department, Building building, String position,
        List<String> qualifications, StaffState state, boolean hasPhoto, LocalDate leftOn, String departureReason,
        boolean departureForced, Instant updatedAt, long version, List<StaffRole> roles, String phone) {

    public StaffMember {
        qualifications = List.copyOf(qualifications);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Without a phone (the record of version 1.1). */
    public StaffMember(String number, String name, String department, Building building, String position,
            List<String> qualifications, StaffState state, boolean hasPhoto, LocalDate leftOn, String departureReason,
            boolean departureForced, Instant updatedAt, long version, List<StaffRole> roles) {
        this(number, name, department, building, position, qualifications, state, hasPhoto, leftOn, departureReason,
                departureForced, updatedAt, version, roles, null);
    }

    /** Without roles and phone (the record of version 1.0). */
    public StaffMember(String number, String name, String department, Building building, String position,
            List<String> qualifications, StaffState state, boolean hasPhoto, LocalDate leftOn, String departureReason,
            boolean departureForced, Instant updatedAt, long version) {
        this(number, name, department, building, position, qualifications, state, hasPhoto, leftOn, departureReason,
                departureForced, updatedAt, version, List.of(), null);
    }

    /** True if the person may handle every one of {@code itemCodes}. */
    public boolean qualifiedFor(java.util.Collection<String> itemCodes) {
        return qualifications.containsAll(itemCodes);
    }

    /** The same record with the phone masked, as lists and readers without the need to know show it. */
    public StaffMember masked() {
        return phone == null ? this : new StaffMember(number, name, department, building, position, qualifications,
                state, hasPhoto, leftOn, departureReason, departureForced, updatedAt, version, roles,
                Privacy.maskPhone(phone));
    }
}
