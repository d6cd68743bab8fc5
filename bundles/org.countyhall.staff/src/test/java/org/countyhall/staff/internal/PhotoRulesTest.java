package org.countyhall.staff.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.TooLargeException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.staff.api.Photo;
import org.junit.jupiter.api.Test;

/** Which photos {@link PhotoRules} accepts: JPEG or PNG bytes matching the declared type, within the size limit. */
class PhotoRulesTest {

    private static final int MAX = 64;

    private static byte[] bytes(int size, int... head) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 0x42);
        for (int i = 0; i < head.length; i++) {
            b[i] = (byte) head[i];
        }
        return b;
    }

    private static byte[] jpeg(int size) {
        return bytes(size, 0xFF, 0xD8, 0xFF);
    }

    private static byte[] png(int size) {
        return bytes(size, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }

    private static List<FieldError> invalid(Photo photo) {
        return assertThrows(ValidationException.class, () -> PhotoRules.check(photo, MAX)).errors();
    }

    @Test
    void aJpegWithJpegBytesIsAccepted() {
        assertDoesNotThrow(() -> PhotoRules.check(new Photo("image/jpeg", jpeg(32)), MAX));
        assertDoesNotThrow(() -> PhotoRules.check(new Photo("image/jpeg", jpeg(3)), MAX));
    }

    @Test
    void aPngWithPngBytesIsAccepted() {
        assertDoesNotThrow(() -> PhotoRules.check(new Photo("image/png", png(32)), MAX));
        assertDoesNotThrow(() -> PhotoRules.check(new Photo("image/png", png(8)), MAX));
    }

    @Test
    void bytesThatDoNotMatchTheDeclaredTypeAreRefused() {
        assertEquals(List.of(new FieldError("(body)", "the bytes are not a PNG image")),
                invalid(new Photo("image/png", jpeg(32))));
        assertEquals(List.of(new FieldError("(body)", "the bytes are not a JPEG image")),
                invalid(new Photo("image/jpeg", png(32))));
        assertEquals(List.of(new FieldError("(body)", "the bytes are not a JPEG image")),
                invalid(new Photo("image/jpeg", bytes(32, 'G', 'I', 'F', '8'))));
    }

    @Test
    void bytesShorterThanTheSignatureAreRefused() {
        assertEquals(List.of(new FieldError("(body)", "the bytes are not a PNG image")),
                invalid(new Photo("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
        assertEquals(List.of(new FieldError("(body)", "the bytes are not a JPEG image")),
                invalid(new Photo("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8})));
    }

    @Test
    void anotherMediaTypeIsRefusedAsAContentTypeError() {
        List<FieldError> expected = List.of(new FieldError("Content-Type", "image/jpeg or image/png"));

        assertEquals(expected, invalid(new Photo("image/gif", bytes(32, 'G', 'I', 'F', '8'))));
        assertEquals(expected, invalid(new Photo("application/octet-stream", jpeg(32))));
        assertEquals(expected, invalid(new Photo(null, jpeg(32))));
    }

    @Test
    void anEmptyOrMissingImageIsRefused() {
        List<FieldError> expected = List.of(new FieldError("(body)", "an image is required"));

        assertEquals(expected, invalid(new Photo("image/jpeg", new byte[0])));
        assertEquals(expected, invalid(new Photo("image/jpeg", null)));
        assertEquals(expected, invalid(null));
    }

    @Test
    void aPhotoOfExactlyTheLimitIsAcceptedAndOneByteMoreIsTooLarge() {
        assertDoesNotThrow(() -> PhotoRules.check(new Photo("image/png", png(MAX)), MAX));

        TooLargeException e = assertThrows(TooLargeException.class,
                () -> PhotoRules.check(new Photo("image/png", png(MAX + 1)), MAX));

        assertEquals(413, e.status());
        assertEquals("photo-too-large", e.code());
        assertEquals("A photo may have at most 64 bytes", e.getMessage());
    }
}
