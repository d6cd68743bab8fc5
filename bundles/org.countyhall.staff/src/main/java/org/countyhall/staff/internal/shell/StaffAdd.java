package org.countyhall.staff.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffRole;

/** {@code staff:add}: add one person. */
@Service
@Command(scope = "staff", name = "add", description = "Add a staff member")
public final class StaffAdd implements Action {

    @Reference
    private StaffDirectory staff;

    @Argument(index = 0, name = "number", required = true, description = "Staff number")
    private String number;

    @Argument(index = 1, name = "name", required = true, description = "Full name")
    private String name;

    @Argument(index = 2, name = "department", required = true, description = "Dispatching department")
    private String department;

    @Option(name = "--building", description = "MAIN (default) or OTHER")
    private Building building;

    @Option(name = "--position", description = "Position, e.g. 科员")
    private String position;

    @Option(name = "--qualification", multiValued = true, description = "An item code the person may handle (repeat)")
    private List<String> qualifications;

    @Option(name = "--role", multiValued = true, description = "WINDOW_STAFF, WINDOW_MANAGER, DEPT_HEAD, OFFICE or SUPPORT "
            + "(repeat)")
    private List<StaffRole> roles;

    @Option(name = "--phone", description = "Work phone, e.g. 13812345678 or 0571-88886666")
    private String phone;

    @Override
    public Object execute() {
        StaffMember m = staff.create(new StaffInput(number, name, department, building, position, qualifications,
                roles == null ? List.of() : roles, phone));
        System.out.println("Added staff member " + m.number() + " (" + m.department() + ")");
        return null;
    }
}
