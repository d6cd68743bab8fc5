package org.countyhall.core.api.error;

/** A needed dependency is absent or busy; the client may retry later (503). */
public class UnavailableException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(String detail) {
        super("unavailable", detail);
    }

    /** With a more specific problem code, e.g. {@code duplicate-window-number}. */
    public UnavailableException(String code, String detail) {
        super(code, detail);
    }

    @Override
    public int status() {
        return 503;
    }
}
