package org.countyhall.core.api.privacy;

import java.util.regex.Pattern;

/** Masks personal numbers: for lists (keep a few digits) and for logs (scrub every number that looks personal). */
public final class Privacy {

    /** A mainland ID card number: 17 digits and a digit or X, not inside a longer run of digits. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    /** A mainland mobile number, optionally with +86 or 86 in front. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?1[3-9][0-9]{9}(?![0-9])");
    /** A landline such as 0571-88886666 or 057188886666. */
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0[0-9]{2,3}-?[0-9]{7,8}(?![0-9])");

    private Privacy() {
    }

    /** {@code 330102199001011234} → {@code 330***********1234}; anything else is fully masked. */
    public static String maskIdNumber(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() < 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 7) {
            return "*".repeat(phone.length());
        }
        int keepEnd = 4;
        int keepStart = Math.min(3, phone.length() - keepEnd - 1);
        return phone.substring(0, keepStart) + "*".repeat(phone.length() - keepStart - keepEnd)
                + phone.substring(phone.length() - keepEnd);
    }

    /** Replaces every ID card, mobile or landline number in free text (e.g. a database error) before logging. */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        String s = ID_NUMBER.matcher(text).replaceAll("[id]");
        s = MOBILE.matcher(s).replaceAll("[phone]");
        return LANDLINE.matcher(s).replaceAll("[phone]");
    }
}
