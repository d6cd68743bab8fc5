package org.countyhall.core.api.error;

/** Nothing with the given key exists (404). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super("not-found", detail);
    }

    /** With a more specific problem code, e.g. {@code duplicate-window-number}. */
    public NotFoundException(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 404;
    }
}
