package org.countyhall.windows.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.shell.ListCommand;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowQuery;
import org.countyhall.windows.api.WindowRegistry;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.api.WindowType;

/** {@code windows:list}: the registry with posts and state. */
@Service
@Command(scope = "windows", name = "list", description = "List windows, optionally filtered")
public final class WindowList extends ListCommand<Window> {

    @Reference
    private WindowRegistry windows;

    @Option(name = "--type", description = "ACCEPTANCE, CONSULTATION, COMPLAINT or COMPREHENSIVE")
    private WindowType type;

    @Option(name = "--state", description = "OPEN, PAUSED or CLOSED")
    private WindowState state;

    @Option(name = "--department", description = "Only this dispatching department")
    private String department;

    @Option(name = "--item", description = "Only windows handling this item code")
    private String item;

    public WindowList() {
        super("Number", "Name", "Type", "Department", "Where", "Calendar", "State", "A", "B", "Items");
    }

    @Override
    protected Page<Window> page(PageRequest page) {
        return windows.search(new WindowQuery(type, state, department, item), page);
    }

    @Override
    protected Object[] row(Window w) {
        return new Object[] {w.number(), w.name(), w.type(), w.department(), w.hall() + " " + w.floor() + "F",
            w.calendar(), w.state(), w.a(), w.b(),
            String.join(",", w.itemCodes()) + (w.staffChecked() ? "" : " (staff not checked)")};
    }
}
