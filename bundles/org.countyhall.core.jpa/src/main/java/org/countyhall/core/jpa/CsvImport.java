package org.countyhall.core.jpa;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The CSV import every domain offers, over REST ({@code POST /<domain>/import?dryRun=}) and the console
 * ({@code <scope>:import [--dry-run]}): every problem of every row is found before anything is written, named
 * {@code line[N].field}; then all rows are written in one transaction, or none. A dry run reads only (no
 * transaction, no locks) and answers the report with the problems; a real import with problems answers 400 and
 * writes nothing. A domain supplies its parser's result and its {@link Rows}: the checks and the writes.
 */
public final class CsvImport {

    private CsvImport() {
    }

    /** What a domain's parser produced: the charset used, the data rows, the parsed lines, the format problems. */
    public interface Parsed<L> {
        Charset charset();

        int rows();

        List<L> lines();

        List<FieldError> errors();
    }

    /** How many records the rows created and updated (a row equal to its record changes nothing). */
    public record Counts(int created, int updated) {
    }

    /** The domain's part of an import. */
    @ConsumerType
    public interface Rows<L> {

        /** Checks needing no transaction (e.g. against another domain); adds an error per problem. Default none. */
        default void check(List<L> lines, List<FieldError> errors) {
        }

        /**
         * Creates and updates the records of {@code lines} on {@code em}, with their events, or in a dry run only
         * counts them; throws {@link ValidationException} with every row problem found against the stored data
         * (nothing is then written). In a real import {@code em} is in the import's transaction.
         */
        Counts apply(EntityManager em, List<L> lines, boolean dryRun);
    }

    /**
     * Runs an import: checks, then the rows in one transaction (or a read for a dry run), then one audit entry
     * {@code action} on {@code target} ("N rows: c created, u updated") in the same transaction. {@code notes}
     * go into the report (e.g. "staff directory not installed: staff numbers not checked").
     */
    public static <L> ImportReport run(Jpa jpa, AuditLog audit, String action, String target, Parsed<L> parsed,
            Rows<L> rows, boolean dryRun, List<String> notes) {
        String cs = parsed.charset().name();
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        rows.check(parsed.lines(), errors); // also when some rows did not parse: every problem at once
        if (!errors.isEmpty()) {
            return refused(dryRun, cs, parsed.rows(), errors, notes);
        }
        Counts counts;
        try {
            counts = dryRun ? jpa.read(em -> rows.apply(em, parsed.lines(), true)) : jpa.write(em -> {
                Counts c = rows.apply(em, parsed.lines(), false);
                em.flush();
                audit.record(action, target, parsed.rows() + " rows: " + c.created() + " created, " + c.updated()
                        + " updated");
                return c;
            });
        } catch (ValidationException e) {
            return refused(dryRun, cs, parsed.rows(), e.errors(), notes);
        }
        return new ImportReport(dryRun, cs, parsed.rows(), counts.created(), counts.updated(), List.of(), notes);
    }

    private static ImportReport refused(boolean dryRun, String charset, int rows, List<FieldError> errors,
            List<String> notes) {
        if (!dryRun) {
            throw new ValidationException(errors);
        }
        return new ImportReport(true, charset, rows, 0, 0, errors, notes);
    }
}
