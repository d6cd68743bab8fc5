package org.countyhall.staff.api;

import java.util.List;

/** The editable fields of a staff member, for create, update and import; validated by the directory. */
public record StaffInput(String number, String name, String department, Building building, String position,
        List<String> qualifications) {

    public StaffInput {
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
    }
}
