package org.countyhall.core.api.rest;

import java.util.List;

import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;

/** A validated {@code offset}/{@code limit} pair; every list in CountyHall is paged this way. */
public record PageRequest(int offset, int limit) {

    /** Page size when the client gives none. */
    public static final int DEFAULT_LIMIT = 50;
    /** Largest page a client may ask for. */
    public static final int MAX_LIMIT = 500;

    /** From query parameters with the platform's default and maximum. */
    public static PageRequest of(Integer offset, Integer limit) {
        return of(offset, limit, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /**
     * Builds a page request from query parameters; {@code null} takes the defaults.
     *
     * @throws ValidationException for a negative offset or a limit below 1 or above {@code maxLimit}
     */
    public static PageRequest of(Integer offset, Integer limit, int defaultLimit, int maxLimit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? defaultLimit : limit;
        if (o < 0) {
            throw new ValidationException(List.of(new FieldError("offset", "must be 0 or more")));
        }
        if (l < 1 || l > maxLimit) {
            throw new ValidationException(List.of(new FieldError("limit", "must be between 1 and " + maxLimit)));
        }
        return new PageRequest(o, l);
    }
}
