package org.countyhall.staff.api;

import java.util.List;

import org.countyhall.core.api.error.FieldError;

/**
 * The result of a CSV import or dry run: the charset read, the data rows, how many would be (or were) created and
 * updated, and every problem by file line and field ({@code line[12].department}). An import with problems writes nothing.
 */
public record ImportReport(boolean dryRun, String charset, int rows, int created, int updated,
        List<FieldError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** True if the file can be (or was) imported. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
