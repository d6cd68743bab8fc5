package org.countyhall.core.internal.rest.resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.countyhall.core.api.rest.PublicAccess;
import org.countyhall.core.api.rest.RestEndpoint;
import org.osgi.service.component.annotations.Component;

/** {@code GET /api/v1/ping}: a constant answer through the whole REST stack, the benchmarks' baseline. */
@Component(service = RestEndpoint.class)
@Path("/")
@PublicAccess
@Tag(name = "ping", description = "The cheapest answer (for load balancers and benchmarks)")
public final class PingEndpoint implements RestEndpoint {

    private static final String PONG = "{\"pong\":true}";

    @Override
    public String path() {
        return "ping";
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer pong (no database, no login)")
    public String ping() {
        return PONG;
    }
}
