package org.countyhall.staff.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffRole;

/**
 * {@code staff:update}: change what the options name and keep the rest. Written against the version read here, so
 * a change made meanwhile by someone else is refused (stale-version), never overwritten.
 */
@Service
@Command(scope = "staff", name = "update", description = "Change a person's name, department, building, position, "
        + "qualifications, roles or phone (options before the number)")
public final class StaffUpdate implements Action {

    @Reference
    private StaffDirectory staff;

    @Argument(index = 0, name = "number", required = true, description = "Staff number")
    @Completion(StaffNumberCompleter.class)
    private String number;

    @Option(name = "--name", description = "Name")
    private String name;

    @Option(name = "--department", description = "Department")
    private String department;

    @Option(name = "--building", description = "MAIN or OTHER")
    private Building building;

    @Option(name = "--position", description = "Position")
    private String position;

    @Option(name = "--qualification", multiValued = true,
            description = "An item code the person may handle (repeat; replaces the list)")
    private List<String> qualifications;

    @Option(name = "--role", multiValued = true, description = "WINDOW_STAFF, WINDOW_MANAGER, DEPT_HEAD, OFFICE or SUPPORT "
            + "(repeat; replaces the list)")
    private List<StaffRole> roles;

    @Option(name = "--phone", description = "Work phone, e.g. 13812345678 or 0571-88886666; \"\" removes it")
    private String phone;

    @Override
    public Object execute() {
        StaffMember m = staff.find(number).orElseThrow(() -> new NotFoundException("No staff member " + number));
        StaffMember u = staff.update(m.number(), m.version(), new StaffInput(m.number(), name == null ? m.name() : name,
                department == null ? m.department() : department, building == null ? m.building() : building,
                position == null ? m.position() : position, qualifications == null ? m.qualifications()
                        : qualifications, roles == null ? m.roles() : roles, phone)); // phone null: kept (m's may be masked)
        System.out.println("Updated " + u.number() + " (version " + u.version() + ")");
        return null;
    }
}
