package org.countyhall.core.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import org.countyhall.core.api.rest.JsonOnce;

/**
 * Jackson's JAX-RS provider, cut to what CountyHall uses, on the hot path of every answer:
 * <ul>
 * <li>writes without the resource method's annotations. Jackson keys its per-endpoint writer cache by a hash of
 * every annotation of the method, computed on each request; the OpenAPI annotations (nested
 * {@code @ApiResponse}/{@code @Content}/{@code @Schema}) made that hash a quarter of a public read's CPU.
 * CountyHall puts no Jackson annotation ({@code @JsonView}, ...) on resource methods, so nothing is lost: the
 * mapper's configuration and the records' class annotations still apply;</li>
 * <li>writes the answer as one buffer with its {@code Content-Length}: Jackson's streaming write flushed a chunk and
 * then the closing chunk, two writes to the socket for a body of a few hundred bytes (answers are pages, capped).</li>
 * <li>declares the JSON media types it serves instead of Jackson's {@code *}{@code /*}: CXF sorts writers by how narrow
 * their media types are before it prefers the application's own, and caches the first one per answer type; a
 * wildcard put CXF's built-in writers ahead of this one and missed that cache on every answer;</li>
 * <li>writes a {@link JsonOnce} once and then sends its bytes again (a public posting: Jackson was 9 % of it).</li>
 * </ul>
 */
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
final class JsonProvider extends JacksonJsonProvider {

    private static final Annotation[] NONE = new Annotation[0];

    private final ObjectMapper mapper;

    JsonProvider(ObjectMapper mapper) {
        super(mapper);
        this.mapper = mapper;
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        byte[] body = value instanceof JsonOnce<?> once ? once.json(mapper::writeValueAsBytes)
                : mapper.writeValueAsBytes(value);
        httpHeaders.putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
        entityStream.write(body);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return super.readFrom(type, genericType, NONE, mediaType, httpHeaders, entityStream);
    }
}
