package org.countyhall.staff.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.rest.Params;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.Transfer;

/** {@code staff:transfer}: move a person to another department and/or building (调动); they stay active. */
@Service
@Command(scope = "staff", name = "transfer", description = "Record a transfer (调动) to another department or building "
        + "(options before the arguments)")
public final class StaffTransfer implements Action {

    @Reference
    private StaffDirectory staff;

    @Argument(index = 0, name = "number", required = true, description = "Staff number")
    @Completion(StaffNumberCompleter.class)
    private String number;

    @Argument(index = 1, name = "department", required = true, description = "The new department")
    private String department;

    @Argument(index = 2, name = "reason", required = true, description = "Why")
    private String reason;

    @Option(name = "--building", description = "MAIN or OTHER (default: the person's building)")
    private Building building;

    @Option(name = "--on", description = "Day of the transfer, yyyy-mm-dd (default today)")
    private String on;

    @Option(name = "--force", description = "Override the vetoes, giving this reason (recorded and announced)")
    private String forceReason;

    @Override
    public Object execute() {
        StaffMember m = staff.transfer(number, new Transfer(on == null ? null : Params.date("--on", on), department,
                building, reason, forceReason != null, forceReason));
        System.out.println("Staff member " + m.number() + " moved to " + m.department() + " (" + m.building() + ")"
                + (forceReason != null ? " (forced: " + forceReason + ")" : ""));
        return null;
    }
}
