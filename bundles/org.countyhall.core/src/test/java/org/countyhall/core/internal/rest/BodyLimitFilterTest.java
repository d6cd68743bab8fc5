package org.countyhall.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.container.ContainerRequestContext;

import org.junit.jupiter.api.Test;

class BodyLimitFilterTest {

    /** A request context that records the calls it gets; hasEntity() would make CXF read the whole body. */
    private static final class Request {
        final List<String> calls = new ArrayList<>();
        InputStream stream;
        final int length;

        Request(int length, byte[] body) {
            this.length = length;
            this.stream = new ByteArrayInputStream(body);
        }

        ContainerRequestContext context() {
            return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> {
                        calls.add(method.getName());
                        return switch (method.getName()) {
                            case "getLength" -> length;
                            case "getEntityStream" -> stream;
                            case "setEntityStream" -> {
                                stream = (InputStream) args[0];
                                yield null;
                            }
                            default -> throw new UnsupportedOperationException(method.getName());
                        };
                    });
        }
    }

    private final BodyLimitFilter filter = new BodyLimitFilter(() -> 10);

    @Test
    void aKnownLengthOverTheLimitIsRefusedBeforeAnyRead() {
        Request request = new Request(11, new byte[11]);
        assertThrows(PayloadTooLargeException.class, () -> filter.filter(request.context()));
        assertEquals(List.of("getLength"), request.calls);
    }

    @Test
    void aChunkedBodyIsCountedWhileItIsReadNotCachedFirst() throws Exception {
        Request request = new Request(-1, new byte[25]);
        filter.filter(request.context());
        assertEquals(List.of("getLength", "getLength", "getEntityStream", "getEntityStream", "setEntityStream"),
                request.calls, "the filter only wraps the stream (no hasEntity, which reads the body)");
        byte[] buf = new byte[8];
        assertEquals(8, request.stream.read(buf));
        assertEquals(2, request.stream.read(buf, 0, 2));
        assertThrows(PayloadTooLargeException.class, () -> request.stream.read(buf));
    }

    @Test
    void aBodyWithinTheLimitReadsWhole() throws Exception {
        byte[] body = "{\"a\":1}".getBytes();
        Request request = new Request(-1, body);
        filter.filter(request.context());
        assertArrayEquals(body, request.stream.readAllBytes());
    }

    @Test
    void anEmptyBodyIsLeftAlone() throws Exception {
        Request request = new Request(0, new byte[0]);
        InputStream original = request.stream;
        filter.filter(request.context());
        assertSame(original, request.stream);
    }
}
