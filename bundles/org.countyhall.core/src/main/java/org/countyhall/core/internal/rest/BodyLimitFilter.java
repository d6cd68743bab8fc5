package org.countyhall.core.internal.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

/** Rejects bodies over the configured size: at once by Content-Length, or while reading a chunked body. */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class BodyLimitFilter implements ContainerRequestFilter {

    private final LongSupplier maxBytes;

    public BodyLimitFilter(LongSupplier maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        long max = maxBytes.getAsLong();
        if (request.getLength() > max) {
            throw new PayloadTooLargeException(max);
        }
        // Not hasEntity(): CXF answers it by reading the whole body into a cache first, so a chunked upload was
        // stored in full before it was counted (and every GET paid for the check). A known length was checked above.
        if (request.getLength() != 0 && request.getEntityStream() != null) {
            request.setEntityStream(new Limited(request.getEntityStream(), max));
        }
    }

    /** Counts bytes read and fails past the limit. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws PayloadTooLargeException {
            count += n;
            if (count > max) {
                throw new PayloadTooLargeException(max);
            }
        }
    }
}
