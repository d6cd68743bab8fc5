package org.countyhall.core.internal.security;

import javax.security.auth.login.LoginException;

/** The credentials could not be checked (the database failed), as opposed to wrong credentials: REST answers 503. */
public final class LoginUnavailableException extends LoginException {

    private static final long serialVersionUID = 1L;

    public LoginUnavailableException(String message) {
        super(message);
    }
}
