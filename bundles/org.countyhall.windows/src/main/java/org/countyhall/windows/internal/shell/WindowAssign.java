package org.countyhall.windows.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.windows.api.Post;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowRegistry;

/** {@code windows:assign}: put a person in a post of a window, or empty it with {@code -}. */
@Service
@Command(scope = "windows", name = "assign", description = "Assign a post (A, B, DIRECTOR, DEPUTY) of a window")
public final class WindowAssign implements Action {

    @Reference
    private WindowRegistry windows;

    @Argument(index = 0, name = "window", required = true, description = "Window number")
    @Completion(WindowNumberCompleter.class)
    private String window;

    @Argument(index = 1, name = "post", required = true, description = "A, B, DIRECTOR or DEPUTY")
    private Post post;

    @Argument(index = 2, name = "staff", required = true, description = "Staff number, or - to empty the post")
    private String staff;

    @Override
    public Object execute() {
        Window w = windows.assign(window, post, "-".equals(staff) ? null : staff);
        String holder = w.holder(post);
        System.out.println("Window " + w.number() + " " + post + ": " + (holder == null ? "(nobody)" : holder)
                + (w.staffChecked() ? "" : " (staff directory not installed: staff numbers not checked)"));
        return null;
    }
}
