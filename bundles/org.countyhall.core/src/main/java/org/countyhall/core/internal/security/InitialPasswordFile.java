package org.countyhall.core.internal.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code data/countyhall/initial-admin-password}: the generated first admin password, owner-only, removed as soon as
 * an admin has logged in (a file that outlives its use is a password lying on disk).
 */
final class InitialPasswordFile {

    private static final Logger LOG = LoggerFactory.getLogger(InitialPasswordFile.class);

    private final Path file;
    /** False once the file is known to be gone, so that a login costs no file system call. */
    private volatile boolean present;

    InitialPasswordFile(Path file) {
        this.file = file;
        this.present = file != null && Files.exists(file);
    }

    /** Under {@code karaf.data}, or none outside Karaf. */
    static InitialPasswordFile inKarafData() {
        String data = System.getProperty("karaf.data");
        return new InitialPasswordFile(data == null ? null : Path.of(data, "countyhall", "initial-admin-password"));
    }

    /** Writes the password owner-only; the path written, or null if there is no file or it failed. */
    Path write(String password) {
        if (file == null) {
            return null;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator());
            present = true;
            return file;
        } catch (IOException e) {
            LOG.warn("Could not write {}: {}", file, e.getClass().getSimpleName());
            return null;
        }
    }

    /** After a successful admin login: the file goes. */
    void adminLoggedIn() {
        if (present) {
            remove();
        }
    }

    /** Removes the file if it is there. */
    void remove() {
        if (file == null) {
            return;
        }
        try {
            if (Files.deleteIfExists(file)) {
                LOG.info("Removed {}", file);
            }
            present = false;
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}; delete it by hand", file, e.getClass().getSimpleName());
        }
    }

    boolean present() {
        return present;
    }
}
