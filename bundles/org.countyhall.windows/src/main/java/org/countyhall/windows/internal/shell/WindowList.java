package org.countyhall.windows.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowQuery;
import org.countyhall.windows.api.WindowRegistry;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.api.WindowType;

/** {@code windows:list}: the registry with posts and state. */
@Service
@Command(scope = "windows", name = "list", description = "List windows, optionally filtered")
public final class WindowList implements Action {

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

    @Option(name = "--offset", description = "First row")
    private int offset;

    @Option(name = "--limit", description = "Rows per page")
    private int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<Window> page = windows.search(new WindowQuery(type, state, department, item),
                PageRequest.of(offset, limit));
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Number", "Name", "Type", "Department", "Where", "Calendar", "State", "A", "B",
            "Items"}) {
            table.column(c);
        }
        for (Window w : page.items()) {
            table.addRow().addContent(w.number(), w.name(), w.type(), w.department(), w.hall() + " " + w.floor() + "F",
                    w.calendar(), w.state(), opt(w.a()), opt(w.b()), String.join(",", w.itemCodes())
                            + (w.staffChecked() ? "" : " (staff not checked)"));
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }

    static String opt(String s) {
        return s == null ? "" : s;
    }
}
