package org.countyhall.core.internal.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.countyhall.core.api.error.ForbiddenException;
import org.countyhall.core.api.error.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attacks of the security review on console imports, each refused, and the two ways that stay open. */
class ImportFolderTest {

    private static final byte[] CSV = "number,name\nS1,甲\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    private Path folder;
    private Path secret;

    @BeforeEach
    void files() throws IOException {
        folder = Files.createDirectories(root.resolve("data/countyhall/import"));
        Files.write(folder.resolve("staff.csv"), CSV);
        secret = Files.writeString(root.resolve("data/countyhall/initial-admin-password"), "Xk3-secret-Password-9\n");
    }

    private ImportFolder asAdmin() {
        return new ImportFolder(folder, 1024, () -> true);
    }

    @Test
    void anyoneTheAclAdmitsMayImportFromStandardInput() {
        ImportFolder office = new ImportFolder(folder, 1024, () -> false);
        assertArrayEquals(CSV, office.read("-", new ByteArrayInputStream(CSV)));
        assertArrayEquals(new byte[0], office.read("-", new ByteArrayInputStream(new byte[0])));
        assertArrayEquals(CSV, office.read(null, new ByteArrayInputStream(CSV)), "no name: standard input too");
    }

    @Test
    void aServerFileIsForAdminsOnlyEvenInsideTheFolder() {
        ImportFolder office = new ImportFolder(folder, 1024, () -> false);
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> office.read("staff.csv", null));
        assertEquals("import-file-forbidden", e.code());
        assertThrows(ForbiddenException.class, () -> office.read(secret.toString(), null));
    }

    @Test
    void anAdminReadsAFileOfTheImportFolderByName() {
        assertArrayEquals(CSV, asAdmin().read("staff.csv", null));
        assertArrayEquals(CSV, asAdmin().read(folder.resolve("staff.csv").toString(), null));
    }

    @Test
    void noNameLeadsOutOfTheFolderNotEvenForAnAdmin() throws IOException {
        Files.createSymbolicLink(folder.resolve("link.csv"), secret);
        Files.createSymbolicLink(folder.resolve("up"), root);
        for (String name : new String[] {"../initial-admin-password", secret.toString(), "link.csv",
                "up/data/countyhall/initial-admin-password", "/etc/passwd", "sub/../../initial-admin-password"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> asAdmin().read(name, null), name);
            assertEquals("file", e.errors().get(0).field());
            assertFalse(e.getMessage().contains("secret"), e.getMessage());
        }
    }

    @Test
    void theFolderItselfMissingFilesAndDirectoriesAreRefused() throws IOException {
        Files.createDirectories(folder.resolve("dir"));
        assertThrows(ValidationException.class, () -> asAdmin().read(".", null));
        assertThrows(ValidationException.class, () -> asAdmin().read("dir", null));
        assertThrows(ValidationException.class, () -> asAdmin().read("none.csv", null));
        assertThrows(ValidationException.class, () -> asAdmin().read("bad\0name", null));
        assertThrows(ValidationException.class, () -> asAdmin().read(" ", null));
        ImportFolder noFolder = new ImportFolder(root.resolve("missing"), 1024, () -> true);
        assertThrows(ValidationException.class, () -> noFolder.read("staff.csv", null));
        assertTrue(Files.isDirectory(root.resolve("missing")), "made at the first use, so an admin sees where it is");
    }

    @Test
    void nothingBeyondTheLimitIsReadFromAnEndlessStream() {
        AtomicLong served = new AtomicLong();
        InputStream zeros = new InputStream() { // /dev/zero
            @Override
            public int read() {
                served.incrementAndGet();
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served.addAndGet(len);
                return len;
            }
        };
        ImportFolder limited = new ImportFolder(folder, 100_000, () -> false);
        ValidationException e = assertThrows(ValidationException.class, () -> limited.read("-", zeros));
        assertTrue(e.getMessage().contains("larger than 100000 bytes"), e.getMessage());
        assertEquals(100_001, served.get(), "stops one byte past the limit");
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
        Files.write(folder.resolve("big.csv"), new byte[1024]);
        assertEquals(1024, asAdmin().read("big.csv", null).length);
        Files.write(folder.resolve("big.csv"), new byte[1025]);
        assertThrows(ValidationException.class, () -> asAdmin().read("big.csv", null));
        assertThrows(ValidationException.class, () -> asAdmin().read("-", new ByteArrayInputStream(new byte[1025])));
    }

    @Test
    void aConsoleWithoutStandardInputSaysHowToSendTheFile() {
        ValidationException e = assertThrows(ValidationException.class, () -> asAdmin().read("-", null));
        assertTrue(e.getMessage().contains("ssh"), e.getMessage());
    }
}
