package org.countyhall.windows.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowRegistry;

/** {@code windows:state}: open, pause or close a window (refused if it would leave granted leave uncovered). */
@Service
@Command(scope = "windows", name = "state", description = "Set a window OPEN, PAUSED or CLOSED")
public final class WindowState implements Action {

    @Reference
    private WindowRegistry windows;

    @Argument(index = 0, name = "number", required = true, description = "Window number")
    @Completion(WindowNumberCompleter.class)
    private String number;

    @Argument(index = 1, name = "state", required = true, description = "OPEN, PAUSED or CLOSED")
    private org.countyhall.windows.api.WindowState state;

    @Override
    public Object execute() {
        Window w = windows.setState(number, state);
        System.out.println("Window " + w.number() + " is " + w.state());
        return null;
    }
}
