package org.countyhall.core.internal.rest.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
 * {@code GET /api/v1/openapi/<path>}: that document, and {@code GET /api/v1/openapi/ui}: Swagger UI over them all
 * (its files unpacked into this bundle at build time). Public: it describes the API, never data.
 */
@Component(service = RestEndpoint.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
@Tag(name = "openapi", description = "The OpenAPI documents of every installed path")
public final class ApiIndexEndpoint implements RestEndpoint {

    /** The page's files: name, media type. Nothing else of the bundle is served. */
    private static final Map<String, String> UI_FILES = Map.of(
            "index.html", "text/html; charset=UTF-8",
            "countyhall-ui.js", "text/javascript; charset=UTF-8",
            "swagger-ui-bundle.js", "text/javascript; charset=UTF-8",
            "swagger-ui-standalone-preset.js", "text/javascript; charset=UTF-8",
            "swagger-ui.css", "text/css; charset=UTF-8",
            "favicon-32x32.png", "image/png");
    /** Scripts and styles from this node only; Swagger UI sets inline styles, never inline scripts. */
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' "
            + "'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";

    private final PublishedEndpoints published;
    private final BundleContext context;
    private final String version;

    @Activate
    public ApiIndexEndpoint(@Reference PublishedEndpoints published, BundleContext context) {
        this.published = published;
        this.context = context;
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
    @Operation(summary = "List every installed path with its OpenAPI document")
    public List<Entry> index() {
        return published.all().keySet().stream()
                .map(p -> new Entry(p, "/api/v1/" + p, "/api/v1/openapi/" + p)).toList();
    }

    @GET
    @Path("{path}")
    @Operation(summary = "The OpenAPI 3.0 document of one path")
    public Map<String, Object> document(@PathParam("path") String path) {
        List<Class<?>> resources = published.all().get(path);
        if (resources == null) {
            throw new NotFoundException("No endpoint /api/v1/" + path + "; see /api/v1/openapi");
        }
        return OpenApi.document(path, resources, version);
    }

    @GET
    @Path("ui")
    @Produces(MediaType.WILDCARD) // a browser's Accept; the answer says text/html
    @Hidden
    public Response page() {
        return uiFile("index.html");
    }

    @GET
    @Path("ui/{file}")
    @Produces(MediaType.WILDCARD)
    @Hidden
    public Response uiFile(@PathParam("file") String file) {
        String type = UI_FILES.get(file);
        URL url = type == null ? null : context.getBundle().getEntry("openapi-ui/" + file);
        if (url == null) {
            throw new NotFoundException("No file " + file + " in the API page; open /api/v1/openapi/ui");
        }
        InputStream in;
        try {
            in = url.openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Response.ResponseBuilder answer = Response.ok(in, type).header("Cache-Control", "public, max-age=3600");
        return file.equals("index.html") ? answer.header("Content-Security-Policy", PAGE_POLICY).build()
                : answer.build();
    }
}
