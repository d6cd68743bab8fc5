package org.countyhall.core.internal.rest;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Priority;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.LoginException;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.countyhall.core.api.error.ForbiddenException;
import org.countyhall.core.api.error.UnavailableException;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.internal.security.Authenticator;
import org.countyhall.core.internal.security.CurrentActor;
import org.countyhall.core.internal.security.Duties;
import org.countyhall.core.internal.security.LoginRefusedException;
import org.countyhall.core.internal.security.LoginUnavailableException;
import org.countyhall.core.internal.security.SeparationOfDuties;

/**
 * HTTP Basic authentication and the access rules of {@link AccessRule} (deny by default); binds the
 * caller as the current actor for the request. A public method ignores credentials altogether: it needs none, and an
 * anonymous client must not make it pay a password check.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String AUTHENTICATED = AuthFilter.class.getName() + ".authenticated";

    private final Authenticator authenticator;
    private final CurrentActor current;
    private final SeparationOfDuties duties;
    private final Map<Method, AccessRule> rules = new ConcurrentHashMap<>();

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest http;

    public AuthFilter(Authenticator authenticator, CurrentActor current, SeparationOfDuties duties) {
        this.authenticator = authenticator;
        this.current = current;
        this.duties = duties;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        current.clear();
        // read once per method: the annotations of a published resource do not change
        AccessRule rule = rules.computeIfAbsent(resource.getResourceMethod(),
                m -> AccessRule.of(m, resource.getResourceClass()));
        if (rule.isPublic()) {
            return;
        }
        Actor actor = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (actor == null) {
            throw unauthorized("Login required");
        }
        current.bind(actor);
        request.setProperty(AUTHENTICATED, Boolean.TRUE);
        Duties now = duties.duties();
        if (!rule.admits(actor, now)) {
            throw new ForbiddenException(rule.refusal(now));
        }
    }

    /**
     * Every answer: {@code X-Content-Type-Options: nosniff} (a browser never runs an answer as another type than
     * declared). An answer to a logged-in caller that says nothing about caching: {@code Cache-Control: no-store},
     * so that personal data stays out of browser and proxy caches (a resource may choose otherwise, e.g. a
     * private photo cached for a minute).
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        current.clear();
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        if (Boolean.TRUE.equals(request.getProperty(AUTHENTICATED))
                && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    private Actor authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized("Malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw unauthorized("Malformed Basic credentials");
        }
        try {
            return authenticator.login(decoded.substring(0, colon), decoded.substring(colon + 1), clientAddress());
        } catch (LoginRefusedException e) {
            throw new LoginRefused(e);
        } catch (AccountLockedException e) {
            throw new AccountLocked();
        } catch (LoginUnavailableException e) {
            throw new UnavailableException("login-unavailable", "The login could not be checked; try again later");
        } catch (LoginException e) {
            throw unauthorized("Invalid user name or password");
        }
    }

    /** The client's address as Jetty sees it (the forwarded one when checkForwardedHeaders is on). */
    private String clientAddress() {
        try {
            String a = http == null ? null : http.getRemoteAddr();
            return a == null ? "" : a;
        } catch (RuntimeException e) {
            return ""; // no servlet request on this thread
        }
    }

    private static NotAuthorizedException unauthorized(String detail) {
        return new NotAuthorizedException(detail, Response.status(401).build());
    }

    /** A login refused before its check (too many from the client or on the node): 429 or 503 with Retry-After. */
    static final class LoginRefused extends javax.ws.rs.WebApplicationException {
        private static final long serialVersionUID = 1L;

        final String code;
        final long retryAfterSeconds;

        LoginRefused(LoginRefusedException e) {
            super(e.getMessage(), Response.status(e.status()).build());
            this.code = e.code();
            this.retryAfterSeconds = e.retryAfterSeconds();
        }
    }

    /** A locked account: 429 (problem type account-locked), so that clients back off. */
    static final class AccountLocked extends javax.ws.rs.WebApplicationException {
        private static final long serialVersionUID = 1L;

        AccountLocked() {
            super("Account locked after repeated failed logins; try again later or ask an admin to unlock it",
                    Response.status(429).build());
        }
    }
}
