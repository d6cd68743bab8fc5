package org.countyhall.staff.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The editable fields of a staff member, for create, update and import; validated by the directory. {@code roles}
 * and {@code phone} null keep a person's roles and phone on update (none on create), as the constructors of
 * versions 1.0 and 1.1 mean; an empty list or a blank phone removes them.
 */
public record StaffInput(String number, String name, String department, Building building, String position,
        List<String> qualifications, List<StaffRole> roles, String phone) {

    public StaffInput {
        // not List.copyOf: a null element must reach the rules as a field error (400), not fail here
        qualifications = qualifications == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(qualifications));
        roles = roles == null ? null : Collections.unmodifiableList(new ArrayList<>(roles));
    }

    /** Without a phone (the record of version 1.1): an update keeps the person's phone, a create gives none. */
    public StaffInput(String number, String name, String department, Building building, String position,
            List<String> qualifications, List<StaffRole> roles) {
        this(number, name, department, building, position, qualifications, roles, null);
    }

    /** Without roles and phone: an update keeps them, a create gives none. */
    public StaffInput(String number, String name, String department, Building building, String position,
            List<String> qualifications) {
        this(number, name, department, building, position, qualifications, null, null);
    }
}
