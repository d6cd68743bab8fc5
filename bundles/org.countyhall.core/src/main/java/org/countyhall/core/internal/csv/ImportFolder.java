package org.countyhall.core.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.countyhall.core.api.csv.ImportSources;
import org.countyhall.core.api.error.ForbiddenException;
import org.countyhall.core.api.error.ValidationException;

/**
 * The rules of {@link ImportSources}, without OSGi: standard input for anyone the command's ACL admits, a file only
 * for an admin and only inside {@code folder}, never more than {@code maxBytes}. Messages name the folder and the
 * limit, never the content of what was read.
 */
public final class ImportFolder {

    private final Path folder;
    private final long maxBytes;
    private final BooleanSupplier callerIsAdmin;

    public ImportFolder(Path folder, long maxBytes, BooleanSupplier callerIsAdmin) {
        this.folder = folder.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.callerIsAdmin = callerIsAdmin;
    }

    public Path folder() {
        return folder;
    }

    public byte[] read(String file, InputStream stdin) {
        if (file == null || ImportSources.STDIN.equals(file)) {
            if (stdin == null) {
                throw new ValidationException("file", "this console has no standard input; send the file over SSH "
                        + "(ssh ... 'scope:import' < file.csv) or REST");
            }
            try {
                return capped(stdin);
            } catch (IOException e) {
                throw new ValidationException("file", "standard input could not be read");
            }
        }
        if (!callerIsAdmin.getAsBoolean()) {
            throw new ForbiddenException("import-file-forbidden", "Only an admin may import a file from the server's "
                    + "import folder; send the file on standard input (ssh ... 'scope:import' < file.csv) or over REST");
        }
        if (file.isBlank()) {
            throw new ValidationException("file", "no such file in the import folder " + folder);
        }
        Path real = inside(file);
        try (InputStream in = Files.newInputStream(real)) {
            return capped(in);
        } catch (IOException e) {
            throw new ValidationException("file", "could not be read from the import folder " + folder);
        }
    }

    /** The file's real path, if the name leads to a regular file inside the folder once links are followed. */
    private Path inside(String file) {
        Path realFolder;
        Path real;
        try {
            realFolder = Files.createDirectories(folder).toRealPath(); // made at the first use: admins see where it is
            real = realFolder.resolve(file).normalize().toRealPath();
        } catch (NoSuchFileException | InvalidPathException e) {
            throw new ValidationException("file", "no such file in the import folder " + folder);
        } catch (IOException e) {
            throw new ValidationException("file", "could not be read from the import folder " + folder);
        }
        if (!real.startsWith(realFolder) || real.equals(realFolder)) {
            throw new ValidationException("file", "not inside the import folder " + folder
                    + " (names are resolved in it, with '..' and links followed)");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new ValidationException("file", "not a regular file in the import folder " + folder);
        }
        return real;
    }

    /** Reads at most {@code maxBytes}; one byte more is an error, so /dev/zero or a huge file never fills the heap. */
    private byte[] capped(InputStream in) throws IOException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes);
        byte[] buffer = new byte[(int) Math.min(limit + 1L, 64 * 1024)];
        int n = 0;
        while (true) {
            if (n == buffer.length) {
                if (buffer.length > limit) {
                    throw new ValidationException("file", "larger than " + maxBytes
                            + " bytes (rest.maxBodyBytes in etc/org.countyhall.core.cfg)");
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1L, buffer.length * 2L));
            }
            int r = in.read(buffer, n, buffer.length - n);
            if (r < 0) {
                return Arrays.copyOf(buffer, n);
            }
            n += r;
        }
    }
}
