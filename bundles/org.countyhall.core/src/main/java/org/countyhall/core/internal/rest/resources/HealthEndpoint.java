package org.countyhall.core.internal.rest.resources;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;

import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.rest.PublicAccess;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.internal.rest.PublishedEndpoints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code GET /api/v1/health} (public): ready or not, the database, and each installed domain UP or DOWN; ready (200,
 * status UP) means the database answers and every core endpoint is published, otherwise 503, so that scripts and
 * load balancers can wait on it. {@code GET /api/v1/health/details} (admin) adds the schema versions, the published
 * endpoints and what is missing: versions tell an attacker which known flaws to try, so the public is not told.
 */
@Component(service = RestEndpoint.class)
@Path("/")
@PublicAccess
@Tag(name = "health", description = "Readiness of the node")
public final class HealthEndpoint implements RestEndpoint {

    private final DataSource dataSource;
    private final PublishedEndpoints published;
    private final Map<String, Integer> schemas = new ConcurrentHashMap<>();

    @Activate
    public HealthEndpoint(@Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource dataSource,
            @Reference PublishedEndpoints published) {
        this.dataSource = dataSource;
        this.published = published;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSchema(Schema schema) {
        schemas.put(schema.domain(), schema.version());
    }

    void removeSchema(Schema schema) {
        schemas.remove(schema.domain());
    }

    @Override
    public String path() {
        return "health";
    }

    /** The public health document. */
    public record Health(String status, String database, SortedMap<String, String> domains) {
    }

    /** The admin's health document. */
    public record Details(String status, String database, SortedMap<String, String> domains,
            SortedMap<String, Integer> schemas, List<String> endpoints, List<String> missing) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the node is ready: database and core endpoints")
    @ApiResponse(responseCode = "200", description = "Up", content = @Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Health.class)))
    @ApiResponse(responseCode = "503", description = "Starting or down", content = @Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Health.class)))
    public Response health() {
        Details d = details();
        return Response.status(d.status().equals("UP") ? 200 : 503)
                .entity(new Health(d.status(), d.database(), d.domains())).build();
    }

    @GET
    @Path("details")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Readiness with schema versions and the published endpoints")
    @ApiResponse(responseCode = "200", description = "Up", content = @Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Details.class)))
    @ApiResponse(responseCode = "503", description = "Starting or down", content = @Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Details.class)))
    public Response healthDetails() {
        Details d = details();
        return Response.status(d.status().equals("UP") ? 200 : 503).entity(d).build();
    }

    private Details details() {
        boolean db = databaseUp();
        SortedMap<String, List<Class<?>>> paths = published.all();
        List<String> missing = published.missingCore().stream().map(p -> "/api/v1/" + p).toList();
        boolean ready = db && missing.isEmpty();
        return new Details(ready ? "UP" : db ? "STARTING" : "DOWN", db ? "UP" : "DOWN", domains(db, missing, paths),
                new TreeMap<>(schemas), paths.keySet().stream().map(p -> "/api/v1/" + p).toList(), missing);
    }

    /**
     * Core, and every domain whose schema is migrated: UP when the database answers and its endpoints are published
     * (core: all of them; a domain: the one at its own name, {@code /api/v1/<domain>}).
     */
    private SortedMap<String, String> domains(boolean db, List<String> missing, SortedMap<String, ?> paths) {
        SortedMap<String, String> out = new TreeMap<>();
        for (String domain : schemas.keySet()) {
            boolean up = db && (domain.equals("core") ? missing.isEmpty() : paths.containsKey(domain));
            out.put(domain, up ? "UP" : "DOWN");
        }
        out.putIfAbsent("core", db && missing.isEmpty() ? "UP" : "DOWN");
        return out;
    }

    private boolean databaseUp() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
