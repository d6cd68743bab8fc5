package org.countyhall.staff.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The editable fields of a staff member, for create, update and import; validated by the directory. {@code roles}
 * null keeps a person's roles on update (none on create): the six-field constructor of version 1.0 means that.
 */
public record StaffInput(String number, String name, String department, Building building, String position,
        List<String> qualifications, List<StaffRole> roles) {

    public StaffInput {
        // not List.copyOf: a null element must reach the rules as a field error (400), not fail here
        qualifications = qualifications == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(qualifications));
        roles = roles == null ? null : Collections.unmodifiableList(new ArrayList<>(roles));
    }

    /** Without roles: an update keeps the person's roles, a create gives none. */
    public StaffInput(String number, String name, String department, Building building, String position,
            List<String> qualifications) {
        this(number, name, department, building, position, qualifications, null);
    }
}
