package org.countyhall.core.internal.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.login.LoginException;

import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.security.Actor;

/** Users, password hashes and roles in the database; the JAAS realm and the REST and console user admin use it. */
public interface UserDirectory {

    /**
     * Checks a password, applying throttling and lockout.
     *
     * @throws javax.security.auth.login.AccountLockedException while the account is locked
     * @throws javax.security.auth.login.FailedLoginException for an unknown user, a wrong password or a disabled account
     */
    Actor authenticate(String username, char[] password) throws LoginException;

    /** A change of the user on some node was seen (password, roles, unlock...): drop what this node remembers. */
    default void changedElsewhere(String username) {
    }

    UserRecord create(String username, char[] password, String staffNumber, String displayName, String email,
            Set<String> roles);

    /** Sets or clears (null) the address that inbox messages are also e-mailed to. */
    UserRecord setEmail(String username, String email);

    Optional<UserRecord> find(String username);

    Page<UserRecord> list(String usernamePrefix, PageRequest page);

    UserRecord setRoles(String username, Set<String> roles);

    UserRecord setEnabled(String username, boolean enabled);

    UserRecord unlock(String username);

    void changePassword(String username, char[] newPassword);

    /** Roles valid for users, for validation messages and completers. */
    List<String> validRoles();
}
