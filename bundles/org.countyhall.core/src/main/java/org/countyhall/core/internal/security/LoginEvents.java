package org.countyhall.core.internal.security;

/**
 * What the login checks tell the audit (等保 2.0 安全审计: logins, successful or not). Called on the login's own
 * thread, so an implementation must neither block nor write there. A name that is no user is never passed on: people
 * type their password into the name field, and the audit must not keep it.
 */
public interface LoginEvents {

    /** For tests and callers without an audit. */
    LoginEvents NONE = new LoginEvents() {
    };

    /** A password was checked and was right; {@code address} is the client's, {@link LoginOrigin#NONE} the console. */
    default void succeeded(String username, String staffNumber, String address) {
    }

    /** A password was checked and was wrong (or the account is disabled); {@code username} null: no such user. */
    default void failed(String username, String address) {
    }

    /**
     * A login refused before its password was checked, with the problem code of the answer ({@code login-busy},
     * {@code login-delayed}, {@code account-locked}, {@code too-many-failed-logins}); {@code username} null when the
     * name is no user or was not looked up.
     */
    default void refused(String username, String address, String code) {
    }
}
