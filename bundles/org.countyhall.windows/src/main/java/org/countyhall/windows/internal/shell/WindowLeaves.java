package org.countyhall.windows.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.rest.Params;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.WindowRegistry;

/** {@code windows:leaves}: the leave granted in a period (default: today and the 366 days after), with its id. */
@Service
@Command(scope = "windows", name = "leaves", description = "List granted leave (the id is what windows:leave-cancel takes)")
public final class WindowLeaves implements Action {

    @Reference
    private WindowRegistry windows;

    @Option(name = "--staff", description = "Only this person's leave")
    private String staff;

    @Option(name = "--from", description = "First day, yyyy-mm-dd (default today)")
    private String from;

    @Option(name = "--to", description = "Last day, yyyy-mm-dd (default 366 days after --from)")
    private String to;

    @Option(name = "--offset", description = "Rows to skip")
    private int offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    private Integer limit;

    @Override
    public Object execute() {
        Page<Leave> page = windows.leaves(staff, from == null ? null : Params.date("--from", from),
                to == null ? null : Params.date("--to", to), PageRequest.of(offset, limit));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Staff");
        table.column("First day");
        table.column("Last day");
        table.column("Substitute");
        table.column("Reason");
        for (Leave l : page.items()) {
            table.addRow().addContent(l.id(), l.staffNumber(), l.firstDay(), l.lastDay(),
                    l.substitute() == null ? "" : l.substitute(), l.reason() == null ? "" : l.reason());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " leave(s)");
        return null;
    }
}
