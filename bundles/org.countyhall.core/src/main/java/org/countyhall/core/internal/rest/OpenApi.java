package org.countyhall.core.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;


/**
 * Writes an OpenAPI 3.0 document for one published endpoint by reading its JAX-RS annotations, so that every
 * domain is described the same way without a code generator or an extra runtime library. Bodies are described
 * from Java records (their components), one level of nesting deep per type.
 */
public final class OpenApi {

    private static final int MAX_DEPTH = 4;

    private OpenApi() {
    }

    public static Map<String, Object> document(String path, List<Class<?>> resources, String version) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "CountyHall /api/v1/" + path, "version", version));
        doc.put("servers", List.of(Map.of("url", "/api/v1/" + path)));
        Map<String, Object> paths = new TreeMap<>();
        for (Class<?> type : resources) {
            String base = pathOf(type.getAnnotation(Path.class));
            for (Method m : type.getMethods()) {
                String verb = httpMethod(m);
                if (verb == null) {
                    continue;
                }
                String full = normalize(base + "/" + pathOf(m.getAnnotation(Path.class)));
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(full, k -> new TreeMap<>());
                item.put(verb.toLowerCase(), operation(type, m, verb));
            }
        }
        doc.put("paths", paths);
        doc.put("components", Map.of("securitySchemes", Map.of("basic", Map.of("type", "http", "scheme", "basic")),
                "schemas", Map.of("Problem", schema(Problem.class, 0))));
        return doc;
    }

    private static Map<String, Object> operation(Class<?> type, Method m, String verb) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", type.getSimpleName() + "." + m.getName());
        List<Object> params = new ArrayList<>();
        Object body = null;
        for (Parameter p : m.getParameters()) {
            PathParam pp = p.getAnnotation(PathParam.class);
            QueryParam qp = p.getAnnotation(QueryParam.class);
            if (pp != null) {
                params.add(Map.of("name", pp.value(), "in", "path", "required", true, "schema", schema(p.getParameterizedType(), 0)));
            } else if (qp != null) {
                params.add(Map.of("name", qp.value(), "in", "query", "required", false, "schema", schema(p.getParameterizedType(), 0)));
            } else if (!p.isAnnotationPresent(Context.class)) {
                body = schema(p.getParameterizedType(), 0);
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
        Map<String, Object> responses = new LinkedHashMap<>();
        Class<?> ret = m.getReturnType();
        if (ret == void.class || ret == javax.ws.rs.core.Response.class) {
            responses.put("default", Map.of("description", "see the documentation of this call"));
        } else {
            Map<String, Object> content = new LinkedHashMap<>();
            for (String mt : mediaTypes(m.getAnnotation(Produces.class), type.getAnnotation(Produces.class))) {
                content.put(mt, Map.of("schema", schema(m.getGenericReturnType(), 0)));
            }
            responses.put("200", Map.of("description", "OK", "content", content));
        }
        Map<String, Object> problem = Map.of("application/problem+json", Map.of("schema", Map.of("$ref",
                "#/components/schemas/Problem")));
        responses.put("4XX", Map.of("description", "problem (see docs/rest.md)", "content", problem));
        op.put("responses", responses);
        AccessRule rule = AccessRule.of(m, type);
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

    /** A JSON schema for a Java type: scalars, java.time, collections, maps, records and enums. */
    static Map<String, Object> schema(Type type, int depth) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(pt.getActualTypeArguments()[0], depth + 1));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schema(pt.getActualTypeArguments()[1], depth + 1));
            }
            return schema(raw, depth);
        }
        if (!(type instanceof Class<?> c)) {
            return Map.of();
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return Map.of("type", "string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class) {
            return Map.of("type", "integer", "format", c == long.class || c == Long.class ? "int64" : "int32");
        }
        if (Number.class.isAssignableFrom(c) || c == double.class || c == float.class) {
            return Map.of("type", "number");
        }
        if (c == Instant.class || c == OffsetDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == LocalTime.class) {
            return Map.of("type", "string", "format", "time");
        }
        if (c.isEnum()) {
            return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        }
        if (c.isArray()) {
            return Map.of("type", "array", "items", schema(c.getComponentType(), depth + 1));
        }
        if (c.isRecord() && depth < MAX_DEPTH) {
            Map<String, Object> props = new LinkedHashMap<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                props.put(rc.getName(), schema(rc.getGenericType(), depth + 1));
            }
            return Map.of("type", "object", "title", c.getSimpleName(), "properties", props,
                    "additionalProperties", false);
        }
        return Map.of("type", "object");
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
