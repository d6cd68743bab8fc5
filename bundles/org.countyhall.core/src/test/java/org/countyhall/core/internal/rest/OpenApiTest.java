package org.countyhall.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageOf;
import org.countyhall.core.api.rest.PublicAccess;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.internal.rest.resources.ApiIndexEndpoint;
import org.countyhall.core.internal.rest.resources.AuditEndpoint;
import org.countyhall.core.internal.rest.resources.CalendarEndpoint;
import org.countyhall.core.internal.rest.resources.EventsEndpoint;
import org.countyhall.core.internal.rest.resources.HealthEndpoint;
import org.countyhall.core.internal.rest.resources.InboxEndpoint;
import org.countyhall.core.internal.rest.resources.PingEndpoint;
import org.countyhall.core.internal.rest.resources.UsersEndpoint;
import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

class OpenApiTest {

    public record Thing(String number, int floor, List<String> items) {
    }

    public record ThingBody(String number, Integer floor) {
    }

    /** A second record named Thing: must not overwrite the first component. */
    public static final class Other {
        public record Thing(long id) {
        }
    }

    @Path("/")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("office")
    @Tag(name = "things", description = "Things")
    public static final class Things {

        @GET
        @PublicAccess
        @Operation(summary = "Public list")
        @PageOf(Thing.class)
        public Response postings(@QueryParam("limit") @DefaultValue("50") Integer limit) {
            return null;
        }

        @GET
        @Path("all")
        @Operation(summary = "Signed-in list")
        public Page<Thing> all() {
            return null;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(summary = "Create")
        @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Thing.class)))
        @ApiResponse(responseCode = "409", description = "Number taken")
        public Response create(ThingBody body) {
            return null;
        }

        @PUT
        @Path("{number}")
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(summary = "Update")
        public Thing update(@PathParam("number") String number, ThingBody body) {
            return null;
        }

        @DELETE
        @Path("{number}")
        @Operation(summary = "Remove")
        public void remove(@PathParam("number") String number) {
        }

        @GET
        @Path("other/{id}")
        @Operation(summary = "The other thing")
        public Other.Thing other(@PathParam("id") long id) {
            return null;
        }

        @GET
        @Path("ping")
        @PublicAccess
        @Operation(summary = "Ping")
        public String ping() {
            return "pong";
        }

        @GET
        @Path("secret")
        @Hidden
        public String hidden() {
            return "";
        }
    }

    private final Map<String, Object> doc = OpenApi.document("things", List.of(Things.class), "1.0.0");

    @Test
    void everyOperationHasItsSummaryAndMethodNameAsId() {
        Map<String, Object> post = op("/", "post");
        assertEquals("Create", post.get("summary"));
        assertEquals("create", post.get("operationId"));
        assertEquals(List.of("things"), post.get("tags"));
        assertEquals(List.of(Map.of("name", "things", "description", "Things")), doc.get("tags"));
    }

    @Test
    void aResponseReturningCallIsTypedFromItsApiResponses() {
        Map<String, Object> created = get(op("/", "post"), "responses", "201");
        assertEquals("Created", created.get("description"));
        assertEquals(Map.of("$ref", "#/components/schemas/Thing"), get(created, "content", "application/json", "schema"));
        Map<String, Object> conflict = get(op("/", "post"), "responses", "409");
        assertEquals("Number taken", conflict.get("description"));
    }

    @Test
    void aPageIsOneNamedComponentWhetherDeclaredOrReturned() {
        Map<String, Object> declared = get(op("/", "get"), "responses", "200", "content", "application/json", "schema");
        Map<String, Object> returned = get(op("/all", "get"), "responses", "200", "content", "application/json", "schema");
        assertEquals(Map.of("$ref", "#/components/schemas/ThingPage"), declared);
        assertEquals(declared, returned);
        Map<String, Object> items = get(doc, "components", "schemas", "ThingPage", "properties", "items");
        assertEquals(Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Thing")), items);
    }

    @Test
    void aSecondRecordOfTheSameSimpleNameIsQualified() {
        assertEquals(Map.of("$ref", "#/components/schemas/OpenApiTest.Other.Thing"),
                get(op("/other/{id}", "get"), "responses", "200", "content", "application/json", "schema"));
        assertEquals(Map.of("id", Map.of("type", "integer", "format", "int64")),
                get(doc, "components", "schemas", "OpenApiTest.Other.Thing", "properties"));
    }

    @Test
    void voidAnswers204() {
        assertEquals(Map.of("description", "Done; no body"), get(op("/{number}", "delete"), "responses", "204"));
    }

    @Test
    void errorAnswersFollowTheShapeOfTheCall() {
        assertEquals(List.of("200", "406"), List.copyOf(get(op("/ping", "get"), "responses").keySet()));
        assertEquals(List.of("200", "400", "406"), List.copyOf(get(op("/", "get"), "responses").keySet()));
        assertEquals(List.of("200", "400", "401", "403", "404", "406", "409", "413", "415", "429", "503"),
                List.copyOf(get(op("/{number}", "put"), "responses").keySet()));
        assertEquals(Map.of("$ref", "#/components/responses/NotFound"), get(op("/{number}", "put"), "responses", "404"));
        assertEquals(Map.of("$ref", "#/components/schemas/Problem"),
                get(doc, "components", "responses", "NotFound", "content", Problem.MEDIA_TYPE, "schema"));
    }

    @Test
    void securityAndDefaultsAreWritten() {
        assertEquals(List.of(), op("/", "get").get("security"));
        assertEquals(List.of("office"), op("/all", "get").get("x-roles"));
        @SuppressWarnings("unchecked")
        Map<String, Object> limit = ((List<Map<String, Object>>) op("/", "get").get("parameters")).get(0);
        assertEquals(Map.of("type", "integer", "format", "int32", "default", 50L), limit.get("schema"));
        assertEquals(false, limit.get("required"));
    }

    @Path("/")
    @PublicAccess
    public static final class Pings {

        @GET
        @Operation(summary = "Ping")
        public String ping() {
            return "pong";
        }
    }

    @Test
    void hiddenCallsAndUnusedAnswersAreLeftOut() {
        assertNull(get(doc, "paths").get("/secret"));
        Map<String, Object> pings = OpenApi.document("ping", List.of(Pings.class), "1.0.0");
        assertEquals(List.of("NotAcceptable"), List.copyOf(get(pings, "components", "responses").keySet()));
        assertEquals(List.of("FieldError", "Problem"), List.copyOf(get(pings, "components", "schemas").keySet()));
        assertNull(get(pings, "components").get("securitySchemes"));
        assertEquals(Map.of("type", "http", "scheme", "basic"), get(doc, "components", "securitySchemes", "basic"));
    }

    @Test
    void coreCallsHaveSummariesAndTypedAnswers() {
        for (Class<?> resource : List.of(ApiIndexEndpoint.class, AuditEndpoint.class, CalendarEndpoint.class,
                EventsEndpoint.class, HealthEndpoint.class, InboxEndpoint.class, PingEndpoint.class,
                UsersEndpoint.class)) {
            assertEquals(List.of(), OpenApi.gaps(OpenApi.document("core", List.of(resource), "0")),
                    resource.getSimpleName());
        }
    }

    @Test
    void gapsNameACallWithoutSummaryOrTypedAnswer() {
        Map<String, Object> bare = OpenApi.document("bare", List.of(Bare.class), "0");
        assertEquals(List.of("GET /: no @Operation(summary)",
                "GET /: returns a Response with no @ApiResponse of a 2xx code (or @PageOf)"), OpenApi.gaps(bare));
    }

    @Path("/")
    @PublicAccess
    public static final class Bare {

        @GET
        public Response get() {
            return null;
        }
    }

    private Map<String, Object> op(String path, String verb) {
        return get(doc, "paths", path, verb);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> get(Map<String, Object> from, String... keys) {
        Map<String, Object> at = from;
        for (String key : keys) {
            at = (Map<String, Object>) at.get(key);
        }
        return at;
    }
}
