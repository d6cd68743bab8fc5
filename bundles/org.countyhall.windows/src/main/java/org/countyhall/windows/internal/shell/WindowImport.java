package org.countyhall.windows.internal.shell;


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
import org.countyhall.windows.api.WindowRegistry;

/** {@code windows:import}: create and update windows from a CSV file, all rows or none. */
@Service
@Command(scope = "windows", name = "import", description = "Import windows from CSV (UTF-8 or GBK; all rows or none)")
public final class WindowImport implements Action {

    @Reference
    private WindowRegistry windows;

    @Argument(index = 0, name = "file", required = false, description = "Admin only: a file in the import folder; "
            + "without it the CSV is read from standard input (ssh ... 'windows:import' < file.csv)")
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
        ImportReport r;
        try {
            r = windows.importCsv(bytes, Params.charset("--charset", charset), dryRun);
        } catch (ValidationException e) {
            ImportReport.refusal(e.errors()).forEach(System.out::println);
            return null;
        }
        r.summary().forEach(System.out::println);
        return null;
    }
}
