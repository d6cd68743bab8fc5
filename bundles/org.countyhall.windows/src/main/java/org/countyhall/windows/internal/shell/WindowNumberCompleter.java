package org.countyhall.windows.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowQuery;
import org.countyhall.windows.api.WindowRegistry;

/** Completes window numbers (a registry has tens of windows: all of them, the completer filters). */
@Service
public final class WindowNumberCompleter implements Completer {

    @Reference
    private WindowRegistry windows;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        List<String> numbers = windows.search(WindowQuery.ALL, PageRequest.of(0, PageRequest.MAX_LIMIT)).items()
                .stream().map(Window::number).toList();
        return new StringsCompleter(numbers).complete(session, line, candidates);
    }
}
