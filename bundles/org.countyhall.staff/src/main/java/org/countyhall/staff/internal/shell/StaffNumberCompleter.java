package org.countyhall.staff.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffQuery;

/** Completes staff numbers from what is typed (the first page of numbers starting with it). */
@Service
public final class StaffNumberCompleter implements Completer {

    @Reference
    private StaffDirectory staff;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        String typed = line.getCursorArgument() == null ? "" : line.getCursorArgument()
                .substring(0, line.getArgumentPosition());
        List<String> numbers = staff.search(new StaffQuery(typed.isBlank() ? null : typed, null, null, null, null),
                PageRequest.of(0, 50)).items().stream().map(m -> m.number()).toList();
        return new StringsCompleter(numbers).complete(session, line, candidates);
    }
}
