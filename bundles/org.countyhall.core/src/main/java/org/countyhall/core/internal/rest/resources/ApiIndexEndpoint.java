package org.countyhall.core.internal.rest.resources;

import java.util.Map;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.rest.PublicAccess;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.internal.rest.OpenApi;
import org.countyhall.core.internal.rest.PublishedEndpoints;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/openapi}: the list of every published endpoint with a link to its OpenAPI document,
 * and {@code GET /api/v1/openapi/<path>}: that document. Public: it describes the API, never data.
 */
@Component(service = RestEndpoint.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
public final class ApiIndexEndpoint implements RestEndpoint {

    private final PublishedEndpoints published;
    private final String version;

    @Activate
    public ApiIndexEndpoint(@Reference PublishedEndpoints published, BundleContext context) {
        this.published = published;
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String path() {
        return "openapi";
    }

    /** One line of the index. */
    public record Entry(String path, String url, String openapi) {
    }

    @GET
    public List<Entry> index() {
        return published.all().keySet().stream()
                .map(p -> new Entry(p, "/api/v1/" + p, "/api/v1/openapi/" + p)).toList();
    }

    @GET
    @Path("{path}")
    public Map<String, Object> document(@PathParam("path") String path) {
        List<Class<?>> resources = published.all().get(path);
        if (resources == null) {
            throw new NotFoundException("No endpoint /api/v1/" + path + "; see /api/v1/openapi");
        }
        return OpenApi.document(path, resources, version);
    }
}
