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

    /** What {@link #phone} accepts, as a field error says it. */
    public static final String PHONE_RULE = "a mobile number (11 digits starting with 1, +86 allowed) or a landline "
            + "with its area code, e.g. 0571-88886666 (extension -123 allowed)";

    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(
            "(?:\\+?86)?1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}(?:-[0-9]{1,6})?");

    /**
     * A mainland phone number with the spaces people type dropped ({@code 138 1234 5678} → {@code 13812345678}), or
     * null for null or blank (the caller decides what "none" means); a field error when it is not a phone number.
     */
    public static String phone(String value, String field, List<FieldError> errors) {
        String v = strip(value);
        if (v == null) {
            return null;
        }
        v = v.replace(" ", "");
        if (!PHONE.matcher(v).matches()) {
            errors.add(new FieldError(field, PHONE_RULE));
        }
        return v;
    }
}
