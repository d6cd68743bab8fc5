package org.countyhall.windows.internal.shell;

import java.nio.charset.Charset;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.shell.ImportCommand;
import org.countyhall.windows.api.WindowRegistry;

/** {@code windows:import}: create and update windows from a CSV file, all rows or none. */
@Service
@Command(scope = "windows", name = "import", description = "Import windows from CSV (UTF-8 or GBK; all rows or none)")
public final class WindowImport extends ImportCommand {

    @Reference
    private WindowRegistry windows;

    @Override
    protected ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun) {
        return windows.importCsv(csv, charset, dryRun);
    }
}
