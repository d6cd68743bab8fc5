package org.countyhall.core.internal.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At first start (no enabled admin in the database) creates the admin: user name from
 * {@code COUNTYHALL_ADMIN_USER} (default {@code admin}), password from {@code COUNTYHALL_ADMIN_PASSWORD};
 * without one, a password is generated, stored hashed and printed once on the console, never logged. Because
 * {@code bin/start} discards the console, the generated password is also written to
 * {@code data/countyhall/initial-admin-password} (owner-only), to be read and deleted after the first login.
 * System properties {@code countyhall.admin.user} and {@code countyhall.admin.password} are read as well.
 */
final class AdminBootstrap implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final JdbcUserDirectory users;
    private final String username;
    private final String given;

    /** Reads the settings now, so that the work may run later on another thread. */
    AdminBootstrap(JdbcUserDirectory users, Map<String, String> env, Properties props) {
        this.users = users;
        this.username = first(env.get("COUNTYHALL_ADMIN_USER"), props.getProperty("countyhall.admin.user"), "admin");
        this.given = first(env.get("COUNTYHALL_ADMIN_PASSWORD"), props.getProperty("countyhall.admin.password"), null);
    }

    @Override
    public void run() {
        if (users.adminCount() > 0) {
            return;
        }
        String password = given != null ? given : PasswordHasher.generatePassword();
        try {
            users.create(username, password.toCharArray(), null, "Administrator", null, Set.of(Roles.ADMIN));
        } catch (ConflictException e) {
            LOG.warn("No admin created: a user named '{}' exists but is not an enabled admin (or another node just "
                    + "created it); enable it or set COUNTYHALL_ADMIN_USER to another name", username);
            return;
        } catch (ValidationException e) {
            LOG.error("No admin created: COUNTYHALL_ADMIN_USER / COUNTYHALL_ADMIN_PASSWORD rejected ({}). Fix them and "
                    + "restart.", e.getMessage().replace(password, "***"));
            return;
        }
        if (given == null) {
            // stdout reaches the operator's console, never the log files
            System.out.println();
            System.out.println("CountyHall: created user '" + username + "' with role admin.");
            System.out.println("CountyHall: its generated password, shown only this once: " + password);
            System.out.println();
            Path file = writeOwnerOnly(password);
            LOG.info("Created the first admin '{}' with a generated password: printed on the console{}", username,
                    file == null ? "" : " and written to " + file + " (delete it after the first login)");
        } else {
            LOG.info("Created the first admin '{}' with the configured password", username);
        }
    }

    private static Path writeOwnerOnly(String password) {
        String data = System.getProperty("karaf.data");
        if (data == null) {
            return null;
        }
        Path file = Path.of(data, "countyhall", "initial-admin-password");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator());
            return file;
        } catch (IOException e) {
            LOG.warn("Could not write {}: {}", file, e.getMessage());
            return null;
        }
    }

    private static String first(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        if (b != null && !b.isBlank()) {
            return b;
        }
        return fallback;
    }
}
