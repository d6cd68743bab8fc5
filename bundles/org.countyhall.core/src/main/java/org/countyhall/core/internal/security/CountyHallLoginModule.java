package org.countyhall.core.internal.security;

import java.security.Principal;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.countyhall.core.api.privacy.Privacy;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAAS login module of the {@code countyhall} realm: checks users against the database through
 * {@link UserDirectory} (looked up per login, so it follows the service's life cycle).
 */
public final class CountyHallLoginModule implements LoginModule {

    private static final Logger LOG = LoggerFactory.getLogger(CountyHallLoginModule.class);

    private Subject subject;
    private CallbackHandler handler;
    private BundleContext context;
    private Set<Principal> principals;

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.context = (BundleContext) options.get(BundleContext.class.getName());
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("user: ");
        PasswordCallback password = new PasswordCallback("password: ", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (Exception e) {
            throw new LoginException("cannot read credentials: " + e.getMessage());
        }
        ServiceReference<UserDirectory> ref = context.getServiceReference(UserDirectory.class);
        UserDirectory users = ref == null ? null : context.getService(ref);
        if (users == null) {
            throw new LoginException("CountyHall user directory is not available");
        }
        try {
            char[] pw = password.getPassword() == null ? new char[0] : password.getPassword();
            principals = CountyHallPrincipals.of(users.authenticate(name.getName(), pw));
            return true;
        } catch (RuntimeException e) {
            // not the user's fault: say so in the log (scrubbed), and let REST answer 503 rather than 401
            // no stack trace: a database message in the cause chain may quote values (scrubbed here, not there)
            LOG.warn("Login check failed: {}", Privacy.scrub(causes(e)));
            throw new LoginUnavailableException("the login could not be checked; try again later");
        } finally {
            password.clearPassword();
            context.ungetService(ref);
        }
    }

    @Override
    public boolean commit() {
        if (principals == null) {
            return false;
        }
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        principals = null;
        return true;
    }

    @Override
    public boolean logout() {
        if (principals != null) {
            subject.getPrincipals().removeAll(principals);
        }
        principals = null;
        return true;
    }

    /** The exception and its causes, class and message each, for one log line. */
    private static String causes(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = e; c != null && sb.length() < 2000; c = c.getCause() == c ? null : c.getCause()) {
            sb.append(sb.length() == 0 ? "" : " <- ").append(c);
        }
        return sb.toString();
    }
}
