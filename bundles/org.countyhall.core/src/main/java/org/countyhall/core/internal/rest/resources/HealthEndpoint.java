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

/** {@code GET /api/v1/health}: ready or not, the database, each installed domain's schema, published endpoints. */
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

    @Override
    public List<Object> resources() {
        return List.of(this);
    }

    /** The health document. */
    public record Health(String status, String database, SortedMap<String, Integer> schemas, List<String> endpoints) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean db = databaseUp();
        Health h = new Health(db ? "UP" : "DOWN", db ? "UP" : "DOWN", new TreeMap<>(schemas),
                published.all().keySet().stream().map(p -> "/api/v1/" + p).toList());
        return Response.status(db ? 200 : 503).entity(h).build();
    }

    private boolean databaseUp() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
