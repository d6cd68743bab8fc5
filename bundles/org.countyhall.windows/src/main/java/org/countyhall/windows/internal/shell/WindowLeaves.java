package org.countyhall.windows.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.rest.Params;
import org.countyhall.core.api.shell.ListCommand;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.WindowRegistry;

/** {@code windows:leaves}: the leave granted in a period (default: today and the 366 days after), with its id. */
@Service
@Command(scope = "windows", name = "leaves", description = "List granted leave (the id is what windows:leave-cancel takes)")
public final class WindowLeaves extends ListCommand<Leave> {

    @Reference
    private WindowRegistry windows;

    @Option(name = "--staff", description = "Only this person's leave")
    private String staff;

    @Option(name = "--from", description = "First day, yyyy-mm-dd (default today)")
    private String from;

    @Option(name = "--to", description = "Last day, yyyy-mm-dd (default 366 days after --from)")
    private String to;

    public WindowLeaves() {
        super("Id", "Staff", "First day", "Last day", "Substitute", "Reason");
    }

    @Override
    protected Page<Leave> page(PageRequest page) {
        return windows.leaves(staff, from == null ? null : Params.date("--from", from),
                to == null ? null : Params.date("--to", to), page);
    }

    @Override
    protected Object[] row(Leave l) {
        return new Object[] {l.id(), l.staffNumber(), l.firstDay(), l.lastDay(), l.substitute(), l.reason()};
    }
}
