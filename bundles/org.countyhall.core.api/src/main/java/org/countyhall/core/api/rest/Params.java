package org.countyhall.core.api.rest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.countyhall.core.api.error.ValidationException;

/**
 * Parses query parameters the one way every resource does: dates and times as ISO-8601, years 1900–2200 (anything
 * further is a client's mistake, and would overflow date arithmetic), charsets by name; a 400 naming the field
 * otherwise.
 */
public final class Params {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private Params() {
    }

    /** A required instant with offset, e.g. {@code 2026-11-27T08:30:00+08:00}. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "required, ISO-8601 with offset, e.g. 2026-11-27T08:30:00+08:00");
        }
        return optionalInstant(field, value);
    }

    /** An optional instant: null or blank gives null. */
    public static Instant optionalInstant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(value);
            checkYear(field, t.getYear());
            return t.toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "ISO-8601 with offset, e.g. 2026-11-27T08:30:00+08:00");
        }
    }

    /** A required date, {@code yyyy-MM-dd}. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "required, yyyy-MM-dd");
        }
        try {
            LocalDate d = LocalDate.parse(value);
            checkYear(field, d.getYear());
            return d;
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "a date as yyyy-MM-dd");
        }
    }

    private static void checkYear(String field, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ValidationException(field, "year must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
    }

    /** A charset for an import: null, blank or {@code auto} give null (detect UTF-8 or GBK). */
    public static Charset charset(String field, String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return Charset.forName(value.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ValidationException(field, "unknown charset; use UTF-8, GBK or auto");
        }
    }

    /** A required request body: the body, or a 400 on {@code (body)} when the client sent none or JSON {@code null}. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new ValidationException("(body)", "required");
        }
        return body;
    }

    /** A create carries no {@code version}: a 400 naming it otherwise. */
    public static void noVersion(Long version) {
        if (version != null) {
            throw new ValidationException("version", "not allowed when creating");
        }
    }

    /** An update carries the {@code version} the client read (the optimistic check); a 400 naming it otherwise. */
    public static long version(Long version) {
        if (version == null) {
            throw new ValidationException("version", "required: the version you read");
        }
        return version;
    }

    /** The business key in an update's body may be left out or repeat the path's (ignoring case); a 400 otherwise. */
    public static void sameKey(String field, String inBody, String inPath) {
        if (inBody != null && !inBody.strip().equalsIgnoreCase(inPath.strip())) {
            throw new ValidationException(field, "cannot change; omit it or repeat " + inPath);
        }
    }
}
