package org.countyhall.core.internal.rest;

import java.io.IOException;

/** Thrown while reading a request body past the configured limit; mapped to 413. */
public final class PayloadTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
