package org.countyhall.windows.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.countyhall.core.api.error.FieldError;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffState;

/**
 * Staff numbers checked against the staff directory when it is installed. {@code directory} is null when it is
 * not: nothing can be checked, and the caller records the numbers as unchecked.
 */
final class StaffCheck {

    static final String NOT_INSTALLED = "staff directory not installed: staff numbers not checked";

    private final StaffDirectory directory;

    StaffCheck(StaffDirectory directory) {
        this.directory = directory;
    }

    boolean available() {
        return directory != null;
    }

    /** What a report says about the check: nothing, or that the numbers were not checked. */
    List<String> notes() {
        return available() ? List.of() : List.of(NOT_INSTALLED);
    }

    /** Adds an error for a number that is unknown or of somebody who left; nothing if the directory is absent. */
    void active(String staffNumber, String field, List<FieldError> errors) {
        if (directory == null || staffNumber == null) {
            return;
        }
        Optional<StaffMember> m = directory.find(staffNumber);
        if (m.isEmpty()) {
            errors.add(new FieldError(field, "no staff member " + staffNumber));
        } else if (m.get().state() == StaffState.LEFT) {
            errors.add(new FieldError(field, "staff member " + staffNumber + " has left"));
        }
    }

    /** The person's qualifications, or empty if the directory is absent (or does not know them). */
    Optional<Set<String>> qualifications(String staffNumber) {
        if (directory == null || staffNumber == null) {
            return Optional.empty();
        }
        return directory.find(staffNumber).map(m -> new TreeSet<>(m.qualifications()));
    }
}
