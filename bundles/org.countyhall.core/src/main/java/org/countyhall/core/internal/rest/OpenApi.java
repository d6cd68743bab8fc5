package org.countyhall.core.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Writes the OpenAPI 3.0 document of one published path from its resources' JAX-RS annotations and the standard
 * OpenAPI annotations ({@code @Operation} for the summary, {@code @ApiResponse} for what a {@code Response}
 * carries and for errors worth naming). Built on request, never at start: a domain's start pays nothing for its
 * description (CXF's OpenApiFeature would scan at server start and bring swagger-core; docs/performance.md).
 * Error answers follow from the call's shape ({@link OpenApiAnswers}).
 */
public final class OpenApi {

    /** Why redocly's no-ambiguous-paths is off, written into every document. */
    static final String AMBIGUITY_NOTE = "Paths such as /days/{date} and /{name}/open share a shape; a literal"
            + " segment always wins (JAX-RS) and calendar names and window numbers may not be one of the literal"
            + " words, so no request is ambiguous (redocly's no-ambiguous-paths is off for this reason).";

    private OpenApi() {
    }

    public static Map<String, Object> document(String path, List<Class<?>> resources, String version) {
        OpenApiSchemas schemas = new OpenApiSchemas();
        OpenApiAnswers answers = new OpenApiAnswers(schemas);
        Map<String, Object> paths = new TreeMap<>();
        Set<String> operationIds = new HashSet<>();
        List<Map<String, Object>> tags = new ArrayList<>();
        for (Class<?> type : resources) {
            Tag tag = type.getAnnotation(Tag.class);
            if (tag != null) {
                tags.add(Map.of("name", tag.name(), "description", tag.description()));
            }
            String base = pathOf(type.getAnnotation(Path.class));
            List<Method> methods = new ArrayList<>(Arrays.asList(type.getMethods()));
            methods.sort(Comparator.comparing(Method::getName)); // getMethods() has no order: keep ids stable
            for (Method m : methods) {
                String verb = httpMethod(m);
                if (verb == null || m.isAnnotationPresent(Hidden.class)) {
                    continue;
                }
                String full = normalize(base + "/" + pathOf(m.getAnnotation(Path.class)));
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(full, k -> new TreeMap<>());
                Map<String, Object> op = operation(type, m, verb, schemas, answers);
                String id = (String) op.get("operationId");
                if (!operationIds.add(id)) {
                    op.put("operationId", type.getSimpleName() + "." + id);
                }
                if (tag != null) {
                    op.put("tags", List.of(tag.name()));
                }
                item.put(verb.toLowerCase(), op);
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "CountyHall /api/v1/" + path, "version", version,
                "description", "One of CountyHall's REST paths; every installed path is listed at /api/v1/openapi"
                        + " and browsable at /api/v1/openapi/ui. Errors are RFC 9457 problems (docs/rest.md). "
                        + AMBIGUITY_NOTE,
                "license", Map.of("name", "Apache-2.0", "url", "https://www.apache.org/licenses/LICENSE-2.0")));
        doc.put("servers", List.of(Map.of("url", "/api/v1/" + path)));
        if (!tags.isEmpty()) {
            doc.put("tags", tags);
        }
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        if (signedIn(paths)) { // a scheme no operation uses is an unused component
            components.put("securitySchemes", Map.of("basic", Map.of("type", "http", "scheme", "basic")));
        }
        components.put("responses", answers.components());
        components.put("schemas", schemas.components());
        doc.put("components", components);
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static boolean signedIn(Map<String, Object> paths) {
        return paths.values().stream().flatMap(item -> ((Map<String, Object>) item).values().stream())
                .anyMatch(op -> !((List<?>) ((Map<String, Object>) op).get("security")).isEmpty());
    }

    /**
     * What a generated client could not type or name in a document: operations without a summary or without a 2xx
     * answer (a {@code Response} with no {@code @ApiResponse} of a 2xx code and no {@code @PageOf}). Unit tests of
     * every domain assert none (org.countyhall.testing.RestContract).
     */
    @SuppressWarnings("unchecked")
    public static List<String> gaps(Map<String, Object> document) {
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, Object> item : ((Map<String, Object>) document.get("paths")).entrySet()) {
            for (Map.Entry<String, Object> op : ((Map<String, Object>) item.getValue()).entrySet()) {
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                String where = op.getKey().toUpperCase() + " " + item.getKey();
                if (operation.get("summary") == null) {
                    gaps.add(where + ": no @Operation(summary)");
                }
                if (((Map<String, Object>) operation.get("responses")).keySet().stream()
                        .noneMatch(code -> code.startsWith("2"))) {
                    gaps.add(where + ": returns a Response with no @ApiResponse of a 2xx code (or @PageOf)");
                }
            }
        }
        return gaps;
    }

    private static Map<String, Object> operation(Class<?> type, Method m, String verb, OpenApiSchemas schemas,
            OpenApiAnswers answers) {
        Operation described = m.getAnnotation(Operation.class);
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", described != null && !described.operationId().isEmpty() ? described.operationId()
                : m.getName());
        if (described != null && !described.summary().isEmpty()) {
            op.put("summary", described.summary());
        }
        if (described != null && !described.description().isEmpty()) {
            op.put("description", described.description());
        }
        List<Object> params = new ArrayList<>();
        Object body = null;
        boolean pathParams = false;
        for (Parameter p : m.getParameters()) {
            Map<String, Object> param = parameter(p, schemas);
            if (param != null) {
                params.add(param);
                pathParams |= "path".equals(param.get("in"));
            } else if (!p.isAnnotationPresent(Context.class) && !p.isAnnotationPresent(HeaderParam.class)) {
                body = schemas.of(p.getParameterizedType());
            }
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (body != null) {
            Map<String, Object> content = new LinkedHashMap<>();
            for (String mt : mediaTypes(m.getAnnotation(Consumes.class), type.getAnnotation(Consumes.class))) {
                content.put(mt, Map.of("schema", body));
            }
            op.put("requestBody", Map.of("required", true, "content", content));
        }
        AccessRule rule = AccessRule.of(m, type);
        List<String> produces = mediaTypes(m.getAnnotation(Produces.class), type.getAnnotation(Produces.class));
        op.put("responses", answers.of(m, produces, new OpenApiAnswers.Shape(verb, !params.isEmpty(), pathParams,
                body != null, rule.isPublic())));
        if (rule.isPublic()) {
            op.put("security", List.of());
        } else {
            op.put("security", List.of(Map.of("basic", List.of())));
            op.put("x-roles", switch (rule.kind()) {
                case ANY_PERSON -> List.of("any signed-in person");
                case NONE -> List.of("nobody (no access rule declared)");
                default -> rule.roles().stream().sorted().toList();
            });
        }
        return op;
    }

    /** A path, query or header parameter, or null for the body or an injected context. */
    private static Map<String, Object> parameter(Parameter p, OpenApiSchemas schemas) {
        String name;
        String in;
        if (p.getAnnotation(PathParam.class) != null) {
            name = p.getAnnotation(PathParam.class).value();
            in = "path";
        } else if (p.getAnnotation(QueryParam.class) != null) {
            name = p.getAnnotation(QueryParam.class).value();
            in = "query";
        } else {
            return null; // headers such as Content-Type are described by the media types (OpenAPI ignores them)
        }
        Map<String, Object> param = new LinkedHashMap<>();
        param.put("name", name);
        param.put("in", in);
        io.swagger.v3.oas.annotations.Parameter doc = p.getAnnotation(io.swagger.v3.oas.annotations.Parameter.class);
        if (doc != null && !doc.description().isEmpty()) {
            param.put("description", doc.description());
        }
        param.put("required", in.equals("path") || doc != null && doc.required());
        Map<String, Object> schema = new LinkedHashMap<>(schemas.of(p.getParameterizedType()));
        DefaultValue dv = p.getAnnotation(DefaultValue.class);
        if (dv != null) {
            Object type = schema.get("type");
            schema.put("default", "integer".equals(type) ? (Object) Long.valueOf(dv.value())
                    : "boolean".equals(type) ? (Object) Boolean.valueOf(dv.value()) : dv.value());
        }
        param.put("schema", schema);
        return param;
    }

    private static List<String> mediaTypes(Annotation onMethod, Annotation onType) {
        String[] values = onMethod instanceof Consumes c ? c.value() : onMethod instanceof Produces p ? p.value()
                : onType instanceof Consumes c2 ? c2.value() : onType instanceof Produces p2 ? p2.value() : null;
        return values == null || values.length == 0 ? List.of("application/json") : Arrays.asList(values);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private static String pathOf(Path p) {
        return p == null ? "" : p.value();
    }

    private static String normalize(String path) {
        String p = ("/" + path).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
