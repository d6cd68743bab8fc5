package org.countyhall.windows.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.windows.api.WindowRegistry;

/** {@code windows:leave-cancel}: withdraw granted leave by its id (windows:leaves lists the ids). */
@Service
@Command(scope = "windows", name = "leave-cancel", description = "Cancel granted leave by its id")
public final class WindowLeaveCancel implements Action {

    @Reference
    private WindowRegistry windows;

    @Argument(index = 0, name = "id", required = true, description = "Leave id (windows:leaves)")
    private long id;

    @Override
    public Object execute() {
        windows.cancelLeave(id);
        System.out.println("Leave " + id + " cancelled");
        return null;
    }
}
