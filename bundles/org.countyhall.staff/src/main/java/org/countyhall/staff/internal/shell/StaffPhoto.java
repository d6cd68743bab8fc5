package org.countyhall.staff.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.countyhall.core.api.csv.ImportSources;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.staff.api.Photo;
import org.countyhall.staff.api.StaffDirectory;

/**
 * {@code staff:photo}: store a person's photo (JPEG or PNG) read from standard input or, for an admin, from the
 * import folder, as an import reads its file; {@code --delete} removes it.
 */
@Service
@Command(scope = "staff", name = "photo", description = "Store (from standard input or the import folder) or delete "
        + "a person's photo (options before the arguments)")
public final class StaffPhoto implements Action {

    @Reference
    private StaffDirectory staff;

    @Reference
    private ImportSources sources;

    @Reference
    private Session session;

    @Argument(index = 0, name = "number", required = true, description = "Staff number")
    @Completion(StaffNumberCompleter.class)
    private String number;

    @Argument(index = 1, name = "file", required = false, description = "Admin only: a file in the import folder; "
            + "without it the image is read from standard input (ssh ... 'staff:photo S001' < photo.jpg)")
    private String file;

    @Option(name = "--type", description = "image/jpeg (default) or image/png")
    private String type = "image/jpeg";

    @Option(name = "--delete", description = "Delete the photo instead")
    private boolean delete;

    @Override
    public Object execute() throws Exception {
        if (delete) {
            if (file != null) {
                throw new ValidationException("file", "not with --delete");
            }
            staff.deletePhoto(number);
            System.out.println("Photo of " + number + " deleted");
            return null;
        }
        byte[] bytes = sources.read(file, session.getKeyboard());
        staff.putPhoto(number, new Photo(type, bytes));
        System.out.println("Photo of " + number + " stored (" + type + ", " + bytes.length + " bytes)");
        return null;
    }
}
