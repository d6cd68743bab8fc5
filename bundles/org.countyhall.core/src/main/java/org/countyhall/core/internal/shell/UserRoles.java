package org.countyhall.core.internal.shell;

import java.util.LinkedHashSet;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.internal.security.SeparationOfDuties;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.internal.security.Authenticator;
import org.countyhall.core.internal.security.UserDirectory;
import org.countyhall.core.internal.security.UserRecord;

/** {@code user:roles}: shows a user's roles, or replaces them. */
@Service
@Command(scope = "user", name = "roles", description = "Show or set a user's roles")
public final class UserRoles implements Action {

    @Reference
    private SeparationOfDuties duties;

    @Reference
    private UserDirectory users;

    @Reference
    private Authenticator authenticator;

    @Argument(index = 0, name = "username", required = true, description = "User name")
    private String username;

    @Argument(index = 1, name = "roles", multiValued = true, description = "New roles (all of them); omit to show")
    @Completion(RoleCompleter.class)
    private List<String> roles;

    @Override
    public Object execute() {
        duties.requireOnConsole(Roles.SECURITY_ADMIN);
        UserRecord u;
        if (roles == null || roles.isEmpty()) {
            u = users.find(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        } else {
            u = users.setRoles(username, new LinkedHashSet<>(roles));
            authenticator.forget(username);
        }
        System.out.println(u.username() + ": " + u.roles());
        return null;
    }
}
