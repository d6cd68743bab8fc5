package org.countyhall.staff.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffQuery;
import org.countyhall.staff.api.StaffState;

/** {@code staff:list}: search the directory. */
@Service
@Command(scope = "staff", name = "list", description = "List staff, optionally filtered")
public final class StaffList implements Action {

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

    @Option(name = "--offset", description = "First row")
    private int offset;

    @Option(name = "--limit", description = "Rows per page")
    private int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<StaffMember> page = staff.search(new StaffQuery(text, department, building, state, qualification),
                PageRequest.of(offset, limit));
        ShellTable table = new ShellTable();
        table.column("Number");
        table.column("Name");
        table.column("Department");
        table.column("Building");
        table.column("Position");
        table.column("State");
        table.column("Qualifications");
        for (StaffMember m : page.items()) {
            table.addRow().addContent(m.number(), m.name(), m.department(), m.building(),
                    m.position() == null ? "" : m.position(), m.state(), String.join(",", m.qualifications()));
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
