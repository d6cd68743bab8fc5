package org.countyhall.staff.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.countyhall.core.api.error.FieldError;

/**
 * Staff numbers another domain stores (window posts, card holders, case officers), checked against the staff
 * directory when it is installed. {@code directory} is null when it is not (the domain's optional, dynamic
 * reference, read once per call): nothing can be checked, the caller stores the numbers as unchecked and says so
 * with {@link #notes()}. Windows uses it for its posts; every domain that names people does the same.
 */
public final class StaffCheck {

    public static final String NOT_INSTALLED = "staff directory not installed: staff numbers not checked";

    private final StaffDirectory directory;

    public StaffCheck(StaffDirectory directory) {
        this.directory = directory;
    }

    public boolean available() {
        return directory != null;
    }

    /** What a report says about the check: nothing, or that the numbers were not checked. */
    public List<String> notes() {
        return available() ? List.of() : List.of(NOT_INSTALLED);
    }

    /** Adds an error for a number that is unknown or of somebody who left; nothing if the directory is absent. */
    public void active(String staffNumber, String field, List<FieldError> errors) {
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
    public Optional<Set<String>> qualifications(String staffNumber) {
        if (directory == null || staffNumber == null) {
            return Optional.empty();
        }
        return directory.find(staffNumber).map(m -> new TreeSet<>(m.qualifications()));
    }
}
