package org.countyhall.core.internal.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes, encoded as
 * {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}; thread-safe.
 */
public final class PasswordHasher {

    /**
     * OWASP's figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, since 2023: 600,000; its 210,000 is
     * for HMAC-SHA512, which an earlier version used here with SHA-256). About 0.17 s per hash on a warm JVM here,
     * 2.9 times the former cost; HMAC-SHA512 at 210,000 would take ~0.3 s (no CPU intrinsic for it here).
     */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final String PREFIX = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    // Bounds for stored values, so a tampered row cannot make verify() spin for minutes.
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int MIN_STORED_BYTES = 8;
    private static final int MAX_STORED_BYTES = 64;

    private static final int GENERATED_LENGTH = 20;
    // No 0/O/o, 1/l/I: generated passwords are read out at the counter or over the phone.
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    /** Hashes with {@link #DEFAULT_ITERATIONS}. */
    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** Hashes with {@code iterations} (tests use few); verify() honours whatever count a hash records. */
    public PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1.." + MAX_ITERATIONS + ", was " + iterations);
        }
        this.iterations = iterations;
    }

    /**
     * Hashes with a fresh random salt. The caller still owns, and should clear, {@code password}.
     *
     * @throws IllegalArgumentException if the password is empty
     */
    public String hash(char[] password) {
        if (password.length == 0) {
            throw new IllegalArgumentException("Empty password");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** True only if {@code encoded} is a well-formed hash of {@code password}; never throws. */
    public boolean verify(char[] password, String encoded) {
        try {
            if (password == null || password.length == 0 || encoded == null) {
                return false;
            }
            String[] parts = encoded.split("\\$", -1);
            if (parts.length != 4 || !PREFIX.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,7}")) {
                return false;
            }
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (storedIterations > MAX_ITERATIONS || !inBounds(salt) || !inBounds(expected)) {
                return false;
            }
            byte[] actual = pbkdf2(password, salt, storedIterations, expected.length);
            return MessageDigest.isEqual(actual, expected); // constant time
        } catch (RuntimeException e) {
            return false; // bad Base64 and the like: a malformed hash matches nothing
        }
    }

    /**
     * True if {@code encoded} is a well-formed hash made with fewer iterations than this hasher uses, so that it
     * should be replaced after a successful login (stored hashes from before a raise of the count).
     */
    public boolean needsRehash(String encoded) {
        if (encoded == null) {
            return false;
        }
        String[] parts = encoded.split("\\$", -1);
        return parts.length == 4 && PREFIX.equals(parts[0]) && parts[1].matches("[1-9][0-9]{0,7}")
                && Integer.parseInt(parts[1]) < iterations;
    }

    /** A random 20-character password of letters and digits, with at least one of each. */
    public static String generatePassword() {
        while (true) {
            char[] chars = new char[GENERATED_LENGTH];
            boolean letter = false;
            boolean digit = false;
            for (int i = 0; i < chars.length; i++) {
                chars[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
                letter |= Character.isLetter(chars[i]);
                digit |= Character.isDigit(chars[i]);
            }
            // Redraw rather than force a position, so every acceptable password stays equally likely.
            if (letter && digit) {
                return new String(chars);
            }
        }
    }

    private static boolean inBounds(byte[] bytes) {
        return bytes.length >= MIN_STORED_BYTES && bytes.length <= MAX_STORED_BYTES;
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is mandatory in every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
