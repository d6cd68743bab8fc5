package org.countyhall.core.api.shell;

import java.nio.charset.Charset;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.csv.ImportSources;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.Params;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * {@code <scope>:import [--dry-run] [--charset GBK] [file]}: the console side of a domain's CSV import, the same call
 * as its {@code POST /<domain>/import}. The CSV comes from standard input ({@code ssh ... 'staff:import' < f.csv})
 * or, for an admin, from a file inside the import folder ({@link ImportSources}); a refused import prints every
 * problem by line and writes nothing.
 *
 * <pre>
 * &#64;Service
 * &#64;Command(scope = "staff", name = "import", description = "Import staff from CSV (UTF-8 or GBK; all rows or none)")
 * public final class StaffImport extends ImportCommand {
 *     &#64;Reference
 *     private StaffDirectory staff;
 *
 *     &#64;Override
 *     protected ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun) {
 *         return staff.importCsv(csv, charset, dryRun);
 *     }
 * }
 * </pre>
 */
@ConsumerType
public abstract class ImportCommand implements Action {

    @Argument(index = 0, name = "file", required = false, description = "Admin only: a file in the import folder; "
            + "without it the CSV is read from standard input (ssh ... '<scope>:import' < file.csv)")
    private String file;

    @Option(name = "--dry-run", description = "Only check the file and report what would change")
    private boolean dryRun;

    @Option(name = "--charset", description = "UTF-8 or GBK (default: detected)")
    private String charset;

    @Reference
    private ImportSources sources;

    @Reference
    private Session session;

    /** The domain's import, as its service offers it: a report, or a {@link ValidationException} with every row. */
    protected abstract ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun);

    @Override
    public final Object execute() throws Exception {
        Charset cs = Params.charset("--charset", charset);
        byte[] bytes = sources.read(file, session.getKeyboard());
        try {
            importCsv(bytes, cs, dryRun).summary().forEach(System.out::println);
        } catch (ValidationException e) {
            ImportReport.refusal(e.errors()).forEach(System.out::println);
        }
        return null;
    }
}
