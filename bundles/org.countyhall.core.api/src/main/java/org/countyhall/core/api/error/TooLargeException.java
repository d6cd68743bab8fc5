package org.countyhall.core.api.error;

/**
 * Something the caller sent is larger than the configured limit, e.g. a photo or a file to import (413). Core's own
 * limit on every request body answers the same status before a domain sees it.
 */
public class TooLargeException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** With a specific problem code, e.g. {@code photo-too-large}, and the limit in the detail. */
    public TooLargeException(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 413;
    }
}
