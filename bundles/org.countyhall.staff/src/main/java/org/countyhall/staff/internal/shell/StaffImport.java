package org.countyhall.staff.internal.shell;

import java.nio.charset.Charset;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.csv.ImportSources;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.Params;
import org.countyhall.staff.api.StaffDirectory;

/** {@code staff:import}: create and update people from a CSV file, all rows or none. */
@Service
@Command(scope = "staff", name = "import", description = "Import staff from CSV (UTF-8 or GBK; all rows or none)")
public final class StaffImport implements Action {

    @Reference
    private StaffDirectory staff;

    @Argument(index = 0, name = "file", required = false, description = "Admin only: a file in the import folder; "
            + "without it the CSV is read from standard input (ssh ... 'staff:import' < file.csv)")
    private String file;

    @Reference
    private ImportSources sources;

    @Reference
    private Session session;

    @Option(name = "--dry-run", description = "Only check the file and report what would change")
    private boolean dryRun;

    @Option(name = "--charset", description = "UTF-8 or GBK (default: detected)")
    private String charset;

    @Override
    public Object execute() throws Exception {
        byte[] bytes = sources.read(file, session.getKeyboard());
        Charset cs = Params.charset("--charset", charset);
        ImportReport r;
        try {
            r = staff.importCsv(bytes, cs, dryRun);
        } catch (ValidationException e) {
            ImportReport.refusal(e.errors()).forEach(System.out::println);
            return null;
        }
        r.summary().forEach(System.out::println);
        return null;
    }
}
