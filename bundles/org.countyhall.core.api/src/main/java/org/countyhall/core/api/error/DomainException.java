package org.countyhall.core.api.error;

/**
 * Base of the exceptions a domain service throws for something the caller did or asked; core maps each
 * to an {@code application/problem+json} answer with the {@link #status()} and a type built from {@link #code()}.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected DomainException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    /** Short kebab-case code, e.g. {@code not-found}; the problem type is {@code urn:countyhall:problem:<code>}. */
    public String code() {
        return code;
    }

    /** The HTTP status this failure answers with. */
    public abstract int status();
}
