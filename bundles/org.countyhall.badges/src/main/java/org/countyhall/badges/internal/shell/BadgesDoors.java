package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.Door;

/** {@code badges:doors}: the doors and their controllers' last sync. */
@Service
@Command(scope = "badges", name = "doors", description = "List doors with their controllers' last sync (stale ones flagged)")
public final class BadgesDoors implements Action {

    @Reference
    private BadgeOffice badges;

    @Override
    public Object execute() {
        ShellTable t = new ShellTable();
        for (String c : new String[] {"Door", "Location", "Controller", "Last sync", "Stale"}) {
            t.column(c);
        }
        for (Door d : badges.doors()) {
            t.addRow().addContent(d.doorId(), d.location(), d.controller(), d.lastSyncAt(), d.stale() ? "STALE" : "");
        }
        t.print(System.out);
        return null;
    }
}
