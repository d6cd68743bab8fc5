package org.countyhall.windows.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.api.rest.Params;
import org.countyhall.windows.api.Uncovered;
import org.countyhall.windows.api.WindowRegistry;

/** {@code windows:uncovered}: windows with nobody present at an instant (default now). */
@Service
@Command(scope = "windows", name = "uncovered", description = "Windows unstaffed at an instant (default now)")
public final class WindowUncovered implements Action {

    @Reference
    private WindowRegistry windows;

    @Argument(index = 0, name = "at", description = "ISO instant with offset, e.g. 2026-12-01T09:00:00+08:00")
    private String at;

    @Override
    public Object execute() {
        List<Uncovered> found = windows.uncoveredAt(Params.optionalInstant("at", at));
        if (found.isEmpty()) {
            System.out.println("Every window that should be staffed is staffed");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Window");
        table.column("Name");
        table.column("Why");
        found.forEach(u -> table.addRow().addContent(u.number(), u.name(), u.reason()));
        table.print(System.out);
        return null;
    }
}
