package org.countyhall.core.api.error;

/** The request conflicts with the current state, e.g. a duplicate number or a stale version (409). */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super("conflict", detail);
    }

    /** With a more specific problem code, e.g. {@code duplicate-window-number}. */
    public ConflictException(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 409;
    }
}
