package org.countyhall.core.internal.rest;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.core.Response;

import org.countyhall.core.api.rest.PageOf;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The answers of one operation. Success: the {@code @ApiResponse}s with a 2xx code if the method declares any
 * (required where it returns a {@code Response}), else 204 for {@code void} and 200 with the return type. Errors:
 * what the platform answers for a call of that shape (docs/rest.md), as shared components, plus any 4xx/5xx the
 * method names with its own description (a domain rule's 409, a check's 503).
 */
final class OpenApiAnswers {

    /** What an operation's signature tells about its possible errors. */
    record Shape(String verb, boolean params, boolean pathParams, boolean body, boolean isPublic) {

        boolean writes() {
            return !verb.equals("GET") && !verb.equals("HEAD");
        }
    }

    /** The shared error answers: code, component name, description. */
    private static final List<String[]> ERRORS = List.of(
            new String[] {"400", "BadRequest", "Invalid input: every field in error is listed in errors"},
            new String[] {"401", "Unauthorized", "No or wrong credentials"},
            new String[] {"403", "Forbidden", "Signed in without a role this call needs"},
            new String[] {"404", "NotFound", "No such record"},
            new String[] {"406", "NotAcceptable", "The Accept header excludes every type this call answers"},
            new String[] {"409", "Conflict", "Conflicts with the current state: a duplicate, a stale version or a rule"},
            new String[] {"413", "PayloadTooLarge", "Body larger than rest.maxBodyBytes"},
            new String[] {"415", "UnsupportedMediaType", "Wrong Content-Type"},
            new String[] {"429", "TooManyRequests", "Login throttled or account locked; see Retry-After"},
            new String[] {"503", "Unavailable", "A needed service is absent, or the database stayed busy"});

    private final OpenApiSchemas schemas;
    private final Map<String, Object> used = new TreeMap<>();

    OpenApiAnswers(OpenApiSchemas schemas) {
        this.schemas = schemas;
    }

    /** The shared error answers that some operation refers to (unused ones are not written). */
    Map<String, Object> components() {
        return used;
    }

    Map<String, Object> of(Method m, List<String> produces, Shape shape) {
        Map<String, Object> out = new TreeMap<>();
        ApiResponse[] declared = m.getAnnotationsByType(ApiResponse.class);
        for (ApiResponse r : declared) {
            out.put(r.responseCode(), declared(r, produces));
        }
        PageOf page = m.getAnnotation(PageOf.class);
        if (out.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            if (page != null) {
                out.put("200", Map.of("description", "One page", "content", content(produces, schemas.pageOf(page.value()))));
            } else if (m.getReturnType() == void.class) {
                out.put("204", Map.of("description", "Done; no body"));
            } else if (m.getReturnType() != Response.class) {
                out.put("200", Map.of("description", "OK", "content", content(produces, schemas.of(m.getGenericReturnType()))));
            } // a Response without a declared 2xx stays undescribed, and redocly's operation-2xx-response says so
        }
        for (String[] error : ERRORS) {
            if (!out.containsKey(error[0]) && applies(error[0], shape)) {
                out.put(error[0], Map.of("$ref", "#/components/responses/" + error[1]));
                used.put(error[1], Map.of("description", error[2], "content", problem()));
            }
        }
        return out;
    }

    private static boolean applies(String code, Shape s) {
        return switch (code) {
            case "400" -> s.params() || s.body();
            case "401", "403", "429" -> !s.isPublic();
            case "404" -> s.pathParams();
            case "406" -> true;
            case "409", "503" -> s.writes();
            case "413", "415" -> s.body();
            default -> false;
        };
    }

    private Map<String, Object> declared(ApiResponse r, List<String> produces) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("description", r.description().isEmpty() ? "See the summary" : r.description());
        if (!r.responseCode().startsWith("2")) {
            answer.put("content", problem());
            return answer;
        }
        Map<String, Object> content = new LinkedHashMap<>();
        for (Content c : r.content()) {
            Map<String, Object> schema = schema(c);
            for (String mt : c.mediaType().isEmpty() ? produces : List.of(c.mediaType())) {
                content.put(mt, schema.isEmpty() ? Map.of() : Map.of("schema", schema));
            }
        }
        if (!content.isEmpty()) {
            answer.put("content", content);
        }
        return answer;
    }

    private Map<String, Object> schema(Content c) {
        if (c.array().schema().implementation() != Void.class) {
            return Map.of("type", "array", "items", schemas.of(c.array().schema().implementation()));
        }
        if (c.schema().implementation() != Void.class) {
            return schemas.of(c.schema().implementation());
        }
        if (!c.schema().type().isEmpty()) {
            return c.schema().format().isEmpty() ? Map.of("type", c.schema().type())
                    : Map.of("type", c.schema().type(), "format", c.schema().format());
        }
        return Map.of();
    }

    private static Map<String, Object> content(List<String> produces, Map<String, Object> schema) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String mt : produces) {
            content.put(mt, Map.of("schema", schema));
        }
        return content;
    }

    private Map<String, Object> problem() {
        return Map.of(Problem.MEDIA_TYPE, Map.of("schema", schemas.of(Problem.class)));
    }
}
