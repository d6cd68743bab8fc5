package org.countyhall.core.internal.rest;

import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.countyhall.core.api.rest.Page;

/**
 * JSON schemas of Java types for one OpenAPI document. Records become named components ({@code $ref}), so that a
 * generated client gets one class per record; a generic record gets one component per use
 * ({@code Page<StaffMember>} is {@code StaffMemberPage}). Scalars, java.time, enums, collections and maps are
 * written inline. Records are the only bodies CountyHall writes, so no bean introspection is needed.
 */
final class OpenApiSchemas {

    private final Map<String, Object> components = new TreeMap<>();
    private final Map<String, String> named = new HashMap<>(); // component name -> the type it describes

    /** The components written so far, by name. */
    Map<String, Object> components() {
        return components;
    }

    Map<String, Object> of(Type type) {
        return of(type, Map.of());
    }

    /** {@code Page<item>}, the same component as a method returning that type directly. */
    Map<String, Object> pageOf(Class<?> item) {
        return record(Page.class, item.getSimpleName() + "Page", Map.of(Page.class.getTypeParameters()[0], item),
                Page.class.getName() + "<" + item.getName() + ">");
    }

    private Map<String, Object> of(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> tv) {
            Type bound = bindings.get(tv);
            return bound == null ? Map.of() : of(bound, Map.of());
        }
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type[] args = resolved(pt.getActualTypeArguments(), bindings);
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", of(args[0], Map.of()));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", of(args[1], Map.of()));
            }
            if (raw.isRecord()) {
                Map<TypeVariable<?>, Type> inner = new HashMap<>();
                TypeVariable<?>[] vars = raw.getTypeParameters();
                for (int i = 0; i < vars.length; i++) {
                    inner.put(vars[i], args[i]);
                }
                return record(raw, name(pt, bindings), inner, typeName(raw, args));
            }
            return of(raw, Map.of());
        }
        if (!(type instanceof Class<?> c)) {
            return Map.of();
        }
        Map<String, Object> scalar = scalar(c);
        if (scalar != null) {
            return scalar;
        }
        if (c.isEnum()) {
            return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        }
        if (c.isArray()) {
            return Map.of("type", "array", "items", of(c.getComponentType(), Map.of()));
        }
        if (c.isRecord()) {
            return record(c, name(c, Map.of()), Map.of(), c.getName());
        }
        return c == Object.class ? Map.of() : Map.of("type", "object");
    }

    private Map<String, Object> record(Class<?> c, String name, Map<TypeVariable<?>, Type> bindings, String key) {
        String known = named.get(name);
        if (known == null) {
            named.put(name, key);
            components.put(name, Map.of()); // reserved first: a record that refers to itself ends here
            Map<String, Object> props = new LinkedHashMap<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                props.put(rc.getName(), of(rc.getGenericType(), bindings));
            }
            components.put(name, Map.of("type", "object", "properties", props, "additionalProperties", false));
        } else if (!known.equals(key)) {
            // two records of one simple name in one document: qualify the second by its enclosing class
            String qualified = c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
            return qualified.equals(name) ? Map.of("type", "object") : record(c, qualified, bindings, key);
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private static String typeName(Class<?> raw, Type[] args) {
        StringBuilder b = new StringBuilder(raw.getName()).append('<');
        for (int i = 0; i < args.length; i++) {
            b.append(i == 0 ? "" : ",").append(args[i].getTypeName());
        }
        return b.append('>').toString();
    }

    private static Type[] resolved(Type[] args, Map<TypeVariable<?>, Type> bindings) {
        Type[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof TypeVariable<?> tv && bindings.containsKey(tv)) {
                out[i] = bindings.get(tv);
            }
        }
        return out;
    }

    /** {@code StaffMember}, {@code StaffMemberPage} for {@code Page<StaffMember>}. */
    private static String name(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> tv && bindings.containsKey(tv)) {
            return name(bindings.get(tv), Map.of());
        }
        if (type instanceof ParameterizedType pt) {
            StringBuilder b = new StringBuilder();
            for (Type arg : pt.getActualTypeArguments()) {
                b.append(name(arg, bindings));
            }
            return b.append(((Class<?>) pt.getRawType()).getSimpleName()).toString();
        }
        return type instanceof Class<?> c ? c.getSimpleName().replace("[]", "Array") : "Object";
    }

    private static Map<String, Object> scalar(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class) {
            return Map.of("type", "string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == long.class || c == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return Map.of("type", "integer", "format", "int32");
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
        if (c == byte[].class || InputStream.class.isAssignableFrom(c)) {
            return Map.of("type", "string", "format", "binary");
        }
        return null;
    }
}
