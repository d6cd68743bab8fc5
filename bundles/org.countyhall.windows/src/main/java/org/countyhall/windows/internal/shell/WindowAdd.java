package org.countyhall.windows.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowRegistry;
import org.countyhall.windows.api.WindowType;

/** {@code windows:add}: create a window (posts are given with windows:assign, or here). */
@Service
@Command(scope = "windows", name = "add", description = "Add a window (options before the arguments)")
public final class WindowAdd implements Action {

    @Reference
    private WindowRegistry windows;

    @Argument(index = 0, name = "number", required = true, description = "Window number, e.g. 01")
    private String number;

    @Argument(index = 1, name = "name", required = true, description = "Name, e.g. 税务综合窗口")
    private String name;

    @Argument(index = 2, name = "type", required = true,
            description = "ACCEPTANCE, CONSULTATION, COMPLAINT or COMPREHENSIVE")
    private WindowType type;

    @Argument(index = 3, name = "department", required = true, description = "Dispatching department")
    private String department;

    @Option(name = "--hall", description = "Hall (default 政务服务大厅)")
    private String hall = "政务服务大厅";

    @Option(name = "--floor", description = "Floor (default 1)")
    private Integer floor;

    @Option(name = "--calendar", description = "Working calendar (default hall)")
    private String calendar;

    @Option(name = "--a", description = "Staff number of the A post")
    private String a;

    @Option(name = "--b", description = "Staff number of the B post")
    private String b;

    @Option(name = "--phone", description = "Complaint phone posted at the window")
    private String phone;

    @Option(name = "--email", description = "Complaint e-mail posted at the window")
    private String email;

    @Option(name = "--item", multiValued = true, description = "An item code the window handles (repeat)")
    private List<String> items;

    @Override
    public Object execute() {
        Window w = windows.create(new WindowInput(number, name, type, department, hall, floor, calendar, null, null,
                null, a, b, phone, email, items));
        System.out.println("Added window " + w.number() + (w.staffChecked() ? ""
                : " (staff directory not installed: staff numbers not checked)"));
        return null;
    }
}
