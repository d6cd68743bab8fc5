package org.countyhall.core.internal.security;

import javax.security.auth.login.LoginException;

/**
 * A login refused before its password was checked, because the client or the node is sending too many: REST answers
 * {@link #status()} (429 for one client, 503 for the node) with {@code Retry-After}.
 */
public final class LoginRefusedException extends LoginException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    public LoginRefusedException(int status, String code, long retryAfterSeconds, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    /** The problem code, e.g. {@code login-busy}. */
    public String code() {
        return code;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
