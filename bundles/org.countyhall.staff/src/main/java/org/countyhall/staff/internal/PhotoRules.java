package org.countyhall.staff.internal;

import java.util.Arrays;

import org.countyhall.core.api.error.TooLargeException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.staff.api.Photo;

/** A photo is a JPEG or PNG whose bytes match its declared type, within the configured size. */
public final class PhotoRules {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private PhotoRules() {
    }

    public static void check(Photo photo, int maxBytes) {
        if (photo == null || photo.bytes() == null || photo.bytes().length == 0) {
            throw new ValidationException("(body)", "an image is required");
        }
        if (photo.bytes().length > maxBytes) {
            throw new TooLargeException("photo-too-large", "A photo may have at most " + maxBytes + " bytes");
        }
        // media types are case-insensitive (RFC 9110)
        byte[] magic = switch (photo.mediaType() == null ? "" : photo.mediaType().toLowerCase(java.util.Locale.ROOT)) {
            case "image/jpeg" -> JPEG;
            case "image/png" -> PNG;
            default -> throw new ValidationException("Content-Type", "image/jpeg or image/png");
        };
        byte[] b = photo.bytes();
        if (b.length < magic.length || !Arrays.equals(Arrays.copyOf(b, magic.length), magic)) {
            throw new ValidationException("(body)", "the bytes are not a " + (magic == PNG ? "PNG" : "JPEG") + " image");
        }
    }
}
