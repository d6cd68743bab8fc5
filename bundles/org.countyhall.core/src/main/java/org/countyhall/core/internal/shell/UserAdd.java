package org.countyhall.core.internal.shell;

import java.util.LinkedHashSet;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.internal.security.SeparationOfDuties;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.internal.security.PasswordHasher;
import org.countyhall.core.internal.security.UserDirectory;
import org.countyhall.core.internal.security.UserRecord;

/** {@code user:add}: creates a user; without --password one is generated and shown once. */
@Service
@Command(scope = "user", name = "add", description = "Create a CountyHall user")
public final class UserAdd implements Action {

    @Reference
    private SeparationOfDuties duties;

    @Reference
    private UserDirectory users;

    @Argument(index = 0, name = "username", required = true, description = "User name (lower case)")
    private String username;

    @Option(name = "--role", aliases = "-r", multiValued = true, required = true, description = "Role (repeat for several)")
    @Completion(RoleCompleter.class)
    private List<String> roles;

    @Option(name = "--staff", description = "Staff number this user maps to")
    private String staffNumber;

    @Option(name = "--name", description = "Display name")
    private String displayName;

    @Option(name = "--email", description = "E-mail address for notices (optional)")
    private String email;

    @Option(name = "--password", description = "Initial password (generated when omitted)")
    private String password;

    @Override
    public Object execute() {
        duties.requireOnConsole(Roles.SECURITY_ADMIN);
        String pw = password != null ? password : PasswordHasher.generatePassword();
        UserRecord u = users.create(username, pw.toCharArray(), staffNumber, displayName, email, new LinkedHashSet<>(roles));
        System.out.println("Created user " + u.username() + " with roles " + u.roles());
        if (password == null) {
            System.out.println("Generated password (shown once): " + pw);
        }
        return null;
    }
}
