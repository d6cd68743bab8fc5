package org.countyhall.core.api.csv;

import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a console import reads its CSV file, so that no import command opens server files itself.
 *
 * <p>No name (or {@value #STDIN}) is the command's standard input ({@code ssh -p 8101 clerk@hall 'staff:import' < staff.csv}).
 * A name is a file inside the configured import folder, and only for an admin: the name is resolved in
 * the folder, normalised and its links followed, and refused unless it is still inside. Nothing larger than the
 * configured limit is read. REST imports take the file as the request body instead.
 */
@ProviderType
public interface ImportSources {

    /** The file name that means standard input. */
    String STDIN = "-";

    /**
     * The bytes of {@code file}: standard input for null or {@value #STDIN}, else a file of the import folder.
     *
     * @throws org.countyhall.core.api.error.ForbiddenException a server file asked for by someone who is not admin
     * @throws org.countyhall.core.api.error.ValidationException (field {@code file}) no such file in the folder, a
     *         name leading outside it, or more bytes than the limit; the message never quotes the file's content
     */
    byte[] read(String file, InputStream stdin);
}
