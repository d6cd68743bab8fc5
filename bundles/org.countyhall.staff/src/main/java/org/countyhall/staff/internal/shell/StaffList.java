package org.countyhall.staff.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.shell.ListCommand;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffQuery;
import org.countyhall.staff.api.StaffState;

/** {@code staff:list}: search the directory. */
@Service
@Command(scope = "staff", name = "list", description = "List staff, optionally filtered")
public final class StaffList extends ListCommand<StaffMember> {

    @Reference
    private StaffDirectory staff;

    @Argument(index = 0, name = "text", description = "Start of the staff number or part of the name")
    private String text;

    @Option(name = "--department", description = "Only this department")
    private String department;

    @Option(name = "--building", description = "MAIN or OTHER")
    private Building building;

    @Option(name = "--state", description = "ACTIVE or LEFT")
    private StaffState state;

    @Option(name = "--qualification", description = "Only people qualified for this item code")
    private String qualification;

    public StaffList() {
        super("Number", "Name", "Department", "Building", "Position", "Phone", "State", "Qualifications");
    }

    @Override
    protected Page<StaffMember> page(PageRequest page) {
        return staff.search(new StaffQuery(text, department, building, state, qualification), page);
    }

    @Override
    protected Object[] row(StaffMember m) {
        return new Object[] {m.number(), m.name(), m.department(), m.building(), m.position(), m.phone(), m.state(),
            String.join(",", m.qualifications())};
    }
}
