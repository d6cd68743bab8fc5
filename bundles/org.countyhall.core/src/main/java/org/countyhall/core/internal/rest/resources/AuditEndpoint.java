package org.countyhall.core.internal.rest.resources;


import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.audit.AuditLog.AuditEntry;
import org.countyhall.core.api.audit.AuditLog.AuditQuery;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.rest.Params;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.api.security.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/v1/audit}: the audit trail, newest first (admin). */
@Component(service = RestEndpoint.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDIT_ADMIN) // admin stands in unless duties are separated
@Tag(name = "audit", description = "Who changed what, when (the audit trail)")
public final class AuditEndpoint implements RestEndpoint {

    private final AuditLog audit;

    @Activate
    public AuditEndpoint(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String path() {
        return "audit";
    }

    @GET
    @Operation(summary = "Search the audit trail, newest first")
    public Page<AuditEntry> search(@QueryParam("user") String user, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        AuditQuery q = new AuditQuery(user, action, Params.optionalInstant("from", from), Params.optionalInstant("to", to));
        return audit.search(q, PageRequest.of(offset, limit));
    }
}
