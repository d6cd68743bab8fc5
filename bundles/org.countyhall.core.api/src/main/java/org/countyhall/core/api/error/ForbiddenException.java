package org.countyhall.core.api.error;

/** The actor is known but may not do this (403). */
public class ForbiddenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String detail) {
        super("forbidden", detail);
    }

    /** With a more specific problem code, e.g. {@code duplicate-window-number}. */
    public ForbiddenException(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 403;
    }
}
