package org.countyhall.core.internal.shell;

import java.nio.charset.Charset;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.countyhall.core.api.csv.ImportSources;
import org.countyhall.core.internal.calendar.CalendarAdmin;
import org.countyhall.core.internal.calendar.HolidayCsv;

/** {@code calendar:import}: replaces a year's special days from a CSV file (all rows or none). */
@Service
@Command(scope = "calendar", name = "import", description = "Import a year's holidays from CSV (date,kind,name)")
public final class CalendarImport implements Action {

    @Reference
    private CalendarAdmin admin;

    @Argument(index = 0, name = "file", required = false, description = "Admin only: a file in the import folder; "
            + "without it the CSV is read from standard input (ssh ... 'calendar:import' < file.csv)")
    private String file;

    @Reference
    private ImportSources sources;

    @Reference
    private Session session;

    @Option(name = "--year", required = true, description = "The year the file covers")
    private int year;

    @Option(name = "--dry-run", description = "Only check the file")
    private boolean dryRun;

    @Option(name = "--charset", description = "File encoding (default UTF-8; GBK for files saved by Excel)")
    private String charset = "UTF-8";

    @Override
    public Object execute() throws Exception {
        String text = new String(sources.read(file, session.getKeyboard()), Charset.forName(charset));
        HolidayCsv.Result r = admin.importCsv(text, year, dryRun);
        if (!r.ok()) {
            r.errors().forEach(e -> System.out.println("row " + e.row() + ", " + e.field() + ": " + e.message()));
            System.out.println("Nothing imported: " + r.errors().size() + " error(s)");
            return null;
        }
        System.out.println((dryRun ? "Checked " : "Imported ") + r.days().size() + " special days for " + year);
        return null;
    }
}
