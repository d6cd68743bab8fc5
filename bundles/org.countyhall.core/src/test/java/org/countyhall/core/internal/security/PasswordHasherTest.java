package org.countyhall.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000); // fast; production uses the default

    @Test
    void roundTrip() {
        String encoded = hasher.hash("Correct horse 9".toCharArray());

        assertTrue(hasher.verify("Correct horse 9".toCharArray(), encoded));
        String[] parts = encoded.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void wrongPasswordIsRejected() {
        String encoded = hasher.hash("Correct horse 9".toCharArray());

        assertFalse(hasher.verify("correct horse 9".toCharArray(), encoded));
        assertFalse(hasher.verify("Correct horse 9 ".toCharArray(), encoded));
        assertFalse(hasher.verify(new char[0], encoded));
    }

    @Test
    void sameSaltNeverRepeats() {
        String a = hasher.hash("Same password 1".toCharArray());
        String b = hasher.hash("Same password 1".toCharArray());

        assertNotEquals(a, b);
        assertTrue(hasher.verify("Same password 1".toCharArray(), a));
        assertTrue(hasher.verify("Same password 1".toCharArray(), b));
    }

    @Test
    void verifyHonoursTheIterationCountStoredInTheHash() {
        String encoded = new PasswordHasher(1_500).hash("Old hash 1234".toCharArray());

        assertTrue(hasher.verify("Old hash 1234".toCharArray(), encoded));
    }

    @Test
    void defaultIterationsAreOwaspsFigureForSha256() {
        assertTrue(new PasswordHasher().hash("Default cost 1".toCharArray()).startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void aHashWithFewerIterationsThanConfiguredNeedsARehash() {
        PasswordHasher current = new PasswordHasher(2_000);
        assertTrue(current.needsRehash(new PasswordHasher(1_999).hash("Old hash 1234".toCharArray())));
        assertFalse(current.needsRehash(current.hash("New hash 1234".toCharArray())));
        assertFalse(current.needsRehash(new PasswordHasher(3_000).hash("Higher 1234".toCharArray())), "never lowered");
        assertFalse(current.needsRehash(null));
        assertFalse(current.needsRehash("plain-text-password"), "not a hash: nothing to upgrade, it matches nothing");
        assertFalse(current.needsRehash("pbkdf2-sha256$0$c2FsdA==$c2FsdA=="));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "plain-text-password",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==",
            "pbkdf2-sha1$1000$c2FsdHNhbHRzYWx0c2FsdA==$c2FsdHNhbHRzYWx0c2FsdA==",
            "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA==$c2FsdHNhbHRzYWx0c2FsdA==",
            "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA==$c2FsdHNhbHRzYWx0c2FsdA==",
            "pbkdf2-sha256$abc$c2FsdHNhbHRzYWx0c2FsdA==$c2FsdHNhbHRzYWx0c2FsdA==",
            "pbkdf2-sha256$999999999$c2FsdHNhbHRzYWx0c2FsdA==$c2FsdHNhbHRzYWx0c2FsdA==",
            "pbkdf2-sha256$1000$not base64!$c2FsdHNhbHRzYWx0c2FsdA==",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$",
            "pbkdf2-sha256$1000$$c2FsdHNhbHRzYWx0c2FsdA==",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$c2FsdHNhbHRzYWx0c2FsdA==$extra"})
    void malformedHashesNeverMatchAndNeverThrow(String encoded) {
        assertFalse(hasher.verify("whatever 123".toCharArray(), encoded));
    }

    @Test
    void nullPasswordIsFalseNotAnException() {
        assertFalse(hasher.verify(null, hasher.hash("Something 12".toCharArray())));
    }

    @Test
    void invalidConfigurationAndEmptyPasswordAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(new char[0]));
    }

    @Test
    void generatedPasswordsAreUnambiguousUniqueAndPassThePolicy() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String password = PasswordHasher.generatePassword();
            assertEquals(20, password.length());
            assertTrue(password.chars().noneMatch(ch -> "0O1lI".indexOf(ch) >= 0), password);
            assertEquals(List.of(), PasswordPolicy.validate("someone", password.toCharArray()), password);
            assertTrue(seen.add(password));
        }
    }
}
