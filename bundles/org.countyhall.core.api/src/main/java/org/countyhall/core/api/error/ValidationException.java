package org.countyhall.core.api.error;

import java.util.List;

/** Invalid input (400), listing every field in error at once. */
public class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("invalid-input", errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 400;
    }
}
