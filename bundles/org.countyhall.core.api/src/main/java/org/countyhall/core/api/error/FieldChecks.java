package org.countyhall.core.api.error;

import java.util.List;
import java.util.Locale;

/**
 * The checks every domain's rules make on free text and keys, collecting {@link FieldError}s so that a client
 * hears of every problem at once.
 */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** Trimmed text, or null when null or blank. */
    public static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** A business key as stored: trimmed and upper case ("s001" and "S001" are one), or null when blank. */
    public static String key(String s) {
        String t = strip(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    /**
     * Free text: trimmed, at most {@code max} characters (code points, so a Chinese character counts one), without
     * control characters (they break CSV exports and consoles). Adds an error for a problem; returns the trimmed
     * text, or null when blank (an error too if {@code required}).
     */
    public static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        String v = strip(value);
        if (v == null) {
            if (required) {
                errors.add(new FieldError(field, "required"));
            }
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        } else if (v.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
        return v;
    }
}
