package org.countyhall.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.internal.security.SeparationOfDuties;
import org.countyhall.core.api.security.Roles;
import org.apache.karaf.shell.api.console.Session;
import org.countyhall.core.internal.security.Authenticator;
import org.countyhall.core.internal.security.UserDirectory;

/** {@code user:passwd}: sets a user's password, asking for it when not given. */
@Service
@Command(scope = "user", name = "passwd", description = "Set a user's password")
public final class UserPasswd implements Action {

    @Reference
    private SeparationOfDuties duties;

    @Reference
    private UserDirectory users;

    @Reference
    private Authenticator authenticator;

    @Reference
    private Session session;

    @Argument(index = 0, name = "username", required = true, description = "User name")
    private String username;

    @Option(name = "--password", description = "New password (asked for when omitted)")
    private String password;

    @Override
    public Object execute() throws Exception {
        duties.requireOnConsole(Roles.SECURITY_ADMIN);
        String pw = password != null ? password : session.readLine("New password: ", '*');
        users.changePassword(username, pw == null ? null : pw.toCharArray());
        authenticator.forget(username);
        System.out.println("Password of " + username + " changed");
        return null;
    }
}
