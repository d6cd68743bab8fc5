package org.countyhall.core.api.error;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The formats of the business keys several domains share, in one place so that they cannot drift: a staff number
 * stored by staff, given a post by windows, linked to a login by core's user directory, printed on a badge; a
 * window number; a service item code. Keys are compared upper-case ({@link FieldChecks#key}).
 */
public final class BusinessKeys {

    /** A staff number (工号): 1 to 20 letters, digits or dashes, starting with a letter or digit. */
    public static final Pattern STAFF_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,19}");
    public static final String STAFF_NUMBER_RULE = "1 to 20 letters, digits or dashes, starting with a letter or digit";

    /** A window number: 1 to 10 letters, digits or dashes, starting with a letter or digit. */
    public static final Pattern WINDOW_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,9}");
    public static final String WINDOW_NUMBER_RULE = "1 to 10 letters, digits or dashes, starting with a letter or digit";

    /** A service item code (事项编码): 1 to 40 letters, digits, '.', '_' or '-'. */
    public static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    public static final String ITEM_CODE_RULE = "an item code of 1 to 40 letters, digits, '.', '_' or '-'";

    private BusinessKeys() {
    }

    /**
     * The normalised staff number of {@code raw} (trimmed, upper-case), or null when it cannot be one: what a
     * lookup by staff number uses, so that a malformed key finds nothing instead of reaching the database.
     */
    public static String validStaffNumber(String raw) {
        String key = FieldChecks.key(raw);
        return key != null && STAFF_NUMBER.matcher(key).matches() ? key : null;
    }

    /**
     * The normalised staff number of {@code raw} (trimmed, upper-case), or null when blank; adds an error naming
     * {@code field} when it is not a staff number, or blank and {@code required}.
     */
    public static String staffNumber(String raw, String field, boolean required, List<FieldError> errors) {
        String key = FieldChecks.key(raw);
        if (key == null) {
            if (required) {
                errors.add(new FieldError(field, "required"));
            }
        } else if (!STAFF_NUMBER.matcher(key).matches()) {
            errors.add(new FieldError(field, "a staff number: " + STAFF_NUMBER_RULE));
        }
        return key;
    }
}
