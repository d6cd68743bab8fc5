package org.countyhall.core.internal.rest;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.countyhall.core.internal.audit.DeferredAudit;
import org.countyhall.core.api.privacy.Privacy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every successful REST write (method, path, status) by the current actor. Runs before the auth
 * filter's clean-up (response filters run in descending priority). Domains add richer entries themselves, in the
 * change's own transaction; this trail comes after the commit anyway, so it is written in the background
 * ({@link DeferredAudit}): no second commit per write.
 */
@Priority(Priorities.USER)
public final class AuditFilter implements ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);

    private final DeferredAudit audit;

    public AuditFilter(DeferredAudit audit) {
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        int status = response.getStatus();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || status >= 400) {
            return;
        }
        try {
            audit.record("http." + method, Privacy.scrub(request.getUriInfo().getRequestUri().getPath()),
                    "status=" + status);
        } catch (RuntimeException e) {
            LOG.warn("Could not record audit entry for {} {}: {}", method,
                    Privacy.scrub(request.getUriInfo().getPath()), e.getClass().getSimpleName());
        }
    }
}
