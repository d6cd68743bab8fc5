package org.countyhall.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.internal.security.SeparationOfDuties;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.internal.security.UserDirectory;

/** {@code user:unlock}: clears failed logins and the lock. */
@Service
@Command(scope = "user", name = "unlock", description = "Unlock a user locked after failed logins")
public final class UserUnlock implements Action {

    @Reference
    private SeparationOfDuties duties;

    @Reference
    private UserDirectory users;

    @Argument(index = 0, name = "username", required = true, description = "User name")
    private String username;

    @Override
    public Object execute() {
        duties.requireOnConsole(Roles.SECURITY_ADMIN);
        users.unlock(username);
        System.out.println("Unlocked " + username);
        return null;
    }
}
