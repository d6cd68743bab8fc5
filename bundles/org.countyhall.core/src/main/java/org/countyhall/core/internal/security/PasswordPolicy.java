package org.countyhall.core.internal.security;

import java.util.ArrayList;
import java.util.List;

/** Rules a new password must meet; returns every violation at once so the user can fix them together. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /**
     * Checks: at least {@link #MIN_LENGTH} characters, at least two of letters / digits / other characters,
     * and not the user name (ignoring case; skipped if {@code userName} is null).
     *
     * @return messages for the user, empty if the password is acceptable
     */
    public static List<String> validate(String userName, char[] password) {
        List<String> problems = new ArrayList<>();
        if (password.length < MIN_LENGTH) {
            problems.add("The password must have at least " + MIN_LENGTH + " characters.");
        }
        boolean letters = false;
        boolean digits = false;
        boolean other = false;
        for (char ch : password) {
            if (Character.isLetter(ch)) {
                letters = true;
            } else if (Character.isDigit(ch)) {
                digits = true;
            } else {
                other = true;
            }
        }
        if ((letters ? 1 : 0) + (digits ? 1 : 0) + (other ? 1 : 0) < 2) {
            problems.add("The password must mix at least two of: letters, digits, other characters.");
        }
        if (userName != null && sameIgnoringCase(userName, password)) {
            problems.add("The password must not be the user name.");
        }
        return List.copyOf(problems);
    }

    // Compares in place rather than via new String(password), which would leave another copy on the heap.
    private static boolean sameIgnoringCase(String userName, char[] password) {
        if (userName.length() != password.length) {
            return false;
        }
        for (int i = 0; i < password.length; i++) {
            char a = userName.charAt(i);
            char b = password[i];
            if (a != b && Character.toUpperCase(a) != Character.toUpperCase(b)
                    && Character.toLowerCase(a) != Character.toLowerCase(b)) {
                return false;
            }
        }
        return true;
    }
}
