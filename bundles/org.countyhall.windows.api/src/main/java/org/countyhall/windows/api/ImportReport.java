package org.countyhall.windows.api;

import java.util.List;

import org.countyhall.core.api.error.FieldError;

/**
 * The result of a CSV import or dry run: charset read, data rows, windows created and updated, every problem by
 * line and column ({@code line[4].type}), and whether staff numbers could be checked. With problems nothing is written.
 */
public record ImportReport(boolean dryRun, String charset, int rows, int created, int updated, boolean staffChecked,
        List<FieldError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** True if the file can be (or was) imported. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
