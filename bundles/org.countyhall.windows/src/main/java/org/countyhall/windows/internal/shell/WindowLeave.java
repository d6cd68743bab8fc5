package org.countyhall.windows.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.rest.Params;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.LeaveRequest;
import org.countyhall.windows.api.WindowRegistry;

/** {@code windows:leave}: grant leave of whole days, refused if it would leave a window unstaffed. */
@Service
@Command(scope = "windows", name = "leave", description = "Grant leave to a post holder (options before the arguments)")
public final class WindowLeave implements Action {

    @Reference
    private WindowRegistry windows;

    @Argument(index = 0, name = "staff", required = true, description = "Staff number")
    private String staff;

    @Argument(index = 1, name = "first", required = true, description = "First day, yyyy-mm-dd")
    private String first;

    @Argument(index = 2, name = "last", required = true, description = "Last day, yyyy-mm-dd (inclusive)")
    private String last;

    @Option(name = "--substitute", description = "Staff number of the substitute (补岗)")
    private String substitute;

    @Option(name = "--reason", description = "Why")
    private String reason;

    @Override
    public Object execute() {
        Leave l = windows.grantLeave(new LeaveRequest(staff, Params.date("first", first), Params.date("last", last),
                substitute, reason));
        System.out.println("Leave " + l.id() + " granted: " + l.staffNumber() + " " + l.firstDay() + ".." + l.lastDay()
                + (l.substitute() == null ? "" : ", substitute " + l.substitute()
                        + (l.substituteChecked() ? "" : " (not checked: staff directory not installed)")));
        return null;
    }
}
