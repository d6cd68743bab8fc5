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

import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.rest.PublicAccess;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.internal.rest.PublishedEndpoints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code GET /api/v1/health}: ready or not, the database, each installed domain's schema, published endpoints.
 * Ready (200, status UP) means the database answers and every core endpoint is published; otherwise 503 with
 * what is missing, so scripts and load balancers can wait on it.
 */
@Component(service = RestEndpoint.class)
@Path("/")
@PublicAccess
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

    /** The health document. */
    public record Health(String status, String database, SortedMap<String, Integer> schemas, List<String> endpoints,
            List<String> missing) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean db = databaseUp();
        SortedMap<String, List<Class<?>>> paths = published.all();
        List<String> missing = published.missingCore().stream().map(p -> "/api/v1/" + p).toList();
        boolean ready = db && missing.isEmpty();
        Health h = new Health(ready ? "UP" : db ? "STARTING" : "DOWN", db ? "UP" : "DOWN", new TreeMap<>(schemas),
                paths.keySet().stream().map(p -> "/api/v1/" + p).toList(), missing);
        return Response.status(ready ? 200 : 503).entity(h).build();
    }

    private boolean databaseUp() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
