package org.countyhall.core.api.rest;

import java.io.IOException;
import java.util.Objects;

/**
 * An answer that core writes as JSON the first time it is sent and then sends as the same bytes: for an immutable
 * value that many readers fetch unchanged, such as a public posting of a snapshot. A resource returns it as the
 * entity ({@code Response.ok(once)}) and documents the value's type in its {@code @ApiResponse}; the answer is the
 * JSON of {@link #value()}, exactly as if the value itself were returned.
 *
 * @param <T> the value's type; the value must not change once wrapped
 */
public final class JsonOnce<T> {

    /** How core turns a value into JSON. */
    @FunctionalInterface
    public interface Writer {
        byte[] write(Object value) throws IOException;
    }

    private final T value;
    private volatile byte[] json;

    public JsonOnce(T value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public T value() {
        return value;
    }

    /** The value's JSON, made with {@code writer} on the first call (two first calls at once both make it). */
    public byte[] json(Writer writer) throws IOException {
        byte[] j = json;
        if (j == null) {
            j = writer.write(value);
            json = j;
        }
        return j;
    }
}
