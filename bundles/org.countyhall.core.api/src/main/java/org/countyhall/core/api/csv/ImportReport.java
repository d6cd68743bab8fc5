package org.countyhall.core.api.csv;

import java.util.List;

import org.countyhall.core.api.error.FieldError;

/**
 * The result of a CSV import or dry run, the same for every domain: the charset read, the data rows, how many
 * records would be (or were) created and updated, every problem by line and field ({@code line[12].department}),
 * and notes for the reader (e.g. "staff directory not installed: staff numbers not checked"). An import with
 * problems writes nothing.
 */
public record ImportReport(boolean dryRun, String charset, int rows, int created, int updated,
        List<FieldError> errors, List<String> notes) {

    public ImportReport {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /** True if the file can be (or was) imported. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** The report as console lines: each problem, then one summary line, then the notes. */
    public List<String> summary() {
        List<String> lines = new java.util.ArrayList<>();
        errors.forEach(f -> lines.add(f.field() + ": " + f.message()));
        String verb = dryRun ? (ok() ? "Would import " : "Cannot import ") : "Imported ";
        lines.add(verb + rows + " rows (" + charset + "): " + created + " new, " + updated + " changed"
                + (ok() ? "" : ", " + errors.size() + " problem(s)"));
        lines.addAll(notes);
        return lines;
    }

    /** The console lines for an import refused with these problems (a real import answers them as a 400). */
    public static List<String> refusal(List<FieldError> errors) {
        List<String> lines = new java.util.ArrayList<>();
        errors.forEach(f -> lines.add(f.field() + ": " + f.message()));
        lines.add("Nothing imported: " + errors.size() + " problem(s)");
        return lines;
    }
}
