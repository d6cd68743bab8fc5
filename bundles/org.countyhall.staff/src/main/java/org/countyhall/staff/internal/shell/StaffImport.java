package org.countyhall.staff.internal.shell;

import java.nio.charset.Charset;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.shell.ImportCommand;
import org.countyhall.staff.api.StaffDirectory;

/** {@code staff:import}: create and update people from a CSV file, all rows or none. */
@Service
@Command(scope = "staff", name = "import", description = "Import staff from CSV (UTF-8 or GBK; all rows or none)")
public final class StaffImport extends ImportCommand {

    @Reference
    private StaffDirectory staff;

    @Override
    protected ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun) {
        return staff.importCsv(csv, charset, dryRun);
    }
}
