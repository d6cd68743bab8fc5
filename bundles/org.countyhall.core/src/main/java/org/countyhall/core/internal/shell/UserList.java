package org.countyhall.core.internal.shell;

import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.internal.security.SeparationOfDuties;
import org.countyhall.core.api.security.Roles;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.internal.security.UserDirectory;
import org.countyhall.core.internal.security.UserRecord;

/** {@code user:list}: users with their roles and lock state. */
@Service
@Command(scope = "user", name = "list", description = "List CountyHall users")
public final class UserList implements Action {

    @Reference
    private SeparationOfDuties duties;

    @Reference
    private UserDirectory users;

    @Argument(index = 0, name = "prefix", description = "Only user names starting with this")
    private String prefix;

    @Option(name = "--offset", description = "First row")
    private int offset;

    @Option(name = "--limit", description = "Rows per page")
    private int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        duties.requireOnConsole(Roles.SECURITY_ADMIN);
        Page<UserRecord> page = users.list(prefix, PageRequest.of(offset, limit));
        ShellTable table = new ShellTable();
        table.column("User");
        table.column("Staff");
        table.column("Roles");
        table.column("Enabled");
        table.column("Failed");
        table.column("Locked until");
        for (UserRecord u : page.items()) {
            table.addRow().addContent(u.username(), u.staffNumber() == null ? "" : u.staffNumber(),
                    String.join(",", new TreeSet<>(u.roles())), u.enabled(), u.failedLogins(),
                    u.lockedUntil() == null ? "" : u.lockedUntil());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
