package org.countyhall.staff.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The editable fields of a staff member, for create, update and import; validated by the directory. */
public record StaffInput(String number, String name, String department, Building building, String position,
        List<String> qualifications) {

    public StaffInput {
        // not List.copyOf: a null element must reach the rules as a field error (400), not fail here
        qualifications = qualifications == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(qualifications));
    }
}
