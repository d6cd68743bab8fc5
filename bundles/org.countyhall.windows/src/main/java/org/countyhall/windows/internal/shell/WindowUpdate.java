package org.countyhall.windows.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowRegistry;
import org.countyhall.windows.api.WindowType;

/**
 * {@code windows:update}: change what the options name and keep the rest (posts change with windows:assign, the
 * state with windows:state). Written against the version read here: a change made meanwhile is refused, not lost.
 */
@Service
@Command(scope = "windows", name = "update", description = "Change a window's name, type, department, place, calendar, "
        + "complaint contacts or items (options before the number)")
public final class WindowUpdate implements Action {

    @Reference
    private WindowRegistry windows;

    @Argument(index = 0, name = "number", required = true, description = "Window number")
    @Completion(WindowNumberCompleter.class)
    private String number;

    @Option(name = "--name", description = "Name")
    private String name;

    @Option(name = "--type", description = "ACCEPTANCE, CONSULTATION, COMPLAINT or COMPREHENSIVE")
    private WindowType type;

    @Option(name = "--department", description = "Dispatching department")
    private String department;

    @Option(name = "--hall", description = "Hall")
    private String hall;

    @Option(name = "--floor", description = "Floor")
    private Integer floor;

    @Option(name = "--calendar", description = "Working calendar")
    private String calendar;

    @Option(name = "--phone", description = "Complaint phone posted at the window")
    private String phone;

    @Option(name = "--email", description = "Complaint e-mail posted at the window")
    private String email;

    @Option(name = "--item", multiValued = true, description = "An item code the window handles (repeat; replaces "
            + "the list)")
    private List<String> items;

    @Override
    public Object execute() {
        Window w = windows.find(number).orElseThrow(() -> new NotFoundException("No window " + number));
        Window u = windows.update(w.number(), w.version(), new WindowInput(w.number(), or(name, w.name()),
                type == null ? w.type() : type, or(department, w.department()), or(hall, w.hall()),
                floor == null ? w.floor() : floor, or(calendar, w.calendar()), w.state(), w.director(), w.deputy(),
                w.a(), w.b(), or(phone, w.complaintPhone()), or(email, w.complaintEmail()),
                items == null ? w.itemCodes() : items));
        System.out.println("Updated window " + u.number() + " (version " + u.version() + ")");
        return null;
    }

    private static String or(String given, String current) {
        return given == null ? current : given;
    }
}
