package org.countyhall.core.internal.shell;

import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.api.shell.ListCommand;
import org.countyhall.core.internal.security.SeparationOfDuties;
import org.countyhall.core.internal.security.UserDirectory;
import org.countyhall.core.internal.security.UserRecord;

/** {@code user:list}: users with their roles and lock state. */
@Service
@Command(scope = "user", name = "list", description = "List CountyHall users")
public final class UserList extends ListCommand<UserRecord> {

    @Reference
    private SeparationOfDuties duties;

    @Reference
    private UserDirectory users;

    @Argument(index = 0, name = "prefix", description = "Only user names starting with this")
    private String prefix;

    public UserList() {
        super("User", "Staff", "Roles", "Enabled", "Failed", "Locked until");
    }

    @Override
    protected Page<UserRecord> page(PageRequest page) {
        duties.requireOnConsole(Roles.SECURITY_ADMIN);
        return users.list(prefix, page);
    }

    @Override
    protected Object[] row(UserRecord u) {
        return new Object[] {u.username(), u.staffNumber(), String.join(",", new TreeSet<>(u.roles())), u.enabled(),
            u.failedLogins(), u.lockedUntil()};
    }
}
