package org.countyhall.staff.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.staff.api.Departure;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffMember;

/** {@code staff:depart}: record that a person left, unless another bundle vetoes it (or the office forces it). */
@Service
@Command(scope = "staff", name = "depart", description = "Record a departure (离职; a move inside the county is staff:transfer)")
public final class StaffDepart implements Action {

    @Reference
    private StaffDirectory staff;

    @Argument(index = 0, name = "number", required = true, description = "Staff number")
    @Completion(StaffNumberCompleter.class)
    private String number;

    @Argument(index = 1, name = "reason", required = true, description = "Why the person leaves")
    private String reason;

    @Option(name = "--on", description = "Last day, yyyy-mm-dd (default today)")
    private String on;

    @Option(name = "--force", description = "Override the vetoes, giving this reason (recorded and announced)")
    private String forceReason;

    @Override
    public Object execute() {
        LocalDate day = on == null ? null : org.countyhall.core.api.rest.Params.date("--on", on);
        StaffMember m = staff.depart(number, new Departure(day, reason, forceReason != null, forceReason));
        System.out.println("Staff member " + m.number() + " left on " + m.leftOn()
                + (m.departureForced() ? " (forced over vetoes)" : ""));
        return null;
    }
}
