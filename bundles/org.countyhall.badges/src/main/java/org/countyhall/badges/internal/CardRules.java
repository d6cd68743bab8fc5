package org.countyhall.badges.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.FieldChecks;
import org.countyhall.core.api.error.ValidationException;

/** Checks of what clients send about cards: chip UIDs, card numbers, names. Plain Java. */
final class CardRules {

    /** A chip's factory UID: 4, 7 or 10 bytes (ISO/IEC 14443) in hex; separators and case are not significant. */
    static final Pattern CHIP_UID = Pattern.compile("([0-9A-F]{8}|[0-9A-F]{14}|[0-9A-F]{20})");
    static final String CHIP_RULE = "the chip's UID in hex: 8, 14 or 20 digits (4, 7 or 10 bytes)";

    private CardRules() {
    }

    /** The UID as stored (upper-case hex without separators); adds an error when it is not one. */
    static String chipUid(String raw, String field, List<FieldError> errors) {
        String s = FieldChecks.strip(raw);
        if (s == null) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        String uid = s.replaceAll("[\\s:-]", "").toUpperCase(Locale.ROOT);
        if (!CHIP_UID.matcher(uid).matches()) {
            errors.add(new FieldError(field, CHIP_RULE));
        }
        return uid;
    }

    /** Whether {@code raw} may be a chip UID (a lookup by number or chip tries the chip only then). */
    static String asChip(String raw) {
        String s = FieldChecks.strip(raw);
        if (s == null) {
            return null;
        }
        String uid = s.replaceAll("[\\s:-]", "").toUpperCase(Locale.ROOT);
        return CHIP_UID.matcher(uid).matches() ? uid : null;
    }

    /** A card number as stored (trimmed, upper-case), or null when it cannot be one. */
    static String number(String raw) {
        String key = FieldChecks.key(raw);
        return key != null && key.length() <= 20 && key.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
                ? key : null;
    }

    /** The printed number of the {@code n}th card: the prefix and at least six digits. */
    static String printed(String prefix, long n) {
        return prefix + String.format(Locale.ROOT, "%06d", n);
    }

    /**
     * A staff-number filter of a list: null when not given, else the number as stored; a value that cannot be a
     * staff number is a 400 naming {@code field} (the lists of cards, applications and findings).
     */
    static String staffFilter(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String number = org.countyhall.core.api.error.BusinessKeys.validStaffNumber(raw);
        if (number == null) {
            throw new ValidationException(field, "a staff number: "
                    + org.countyhall.core.api.error.BusinessKeys.STAFF_NUMBER_RULE);
        }
        return number;
    }

    /** A required reason or note: trimmed, 1–500 characters; 400 naming {@code field} otherwise. */
    static String reason(String raw, String field) {
        List<FieldError> errors = new ArrayList<>();
        String r = FieldChecks.text(raw, field, 500, true, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return r;
    }
}
