package org.countyhall.core.internal.security;

import java.nio.file.Path;
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
 * without one, a password is generated, stored hashed and written to {@code data/countyhall/initial-admin-password}
 * (owner-only), never printed or logged; the file is removed once an admin has logged in.
 * System properties {@code countyhall.admin.user} and {@code countyhall.admin.password} are read as well.
 */
final class AdminBootstrap implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final JdbcUserDirectory users;
    private final String username;
    private final String given;
    private final InitialPasswordFile passwordFile;

    /** Reads the settings now, so that the work may run later on another thread. */
    AdminBootstrap(JdbcUserDirectory users, Map<String, String> env, Properties props, InitialPasswordFile passwordFile) {
        this.users = users;
        this.passwordFile = passwordFile;
        this.username = first(env.get("COUNTYHALL_ADMIN_USER"), props.getProperty("countyhall.admin.user"), "admin");
        this.given = first(env.get("COUNTYHALL_ADMIN_PASSWORD"), props.getProperty("countyhall.admin.password"), null);
    }

    @Override
    public void run() {
        if (users.adminCount() > 0) {
            return;
        }
        String password = given;
        Path file = null;
        if (password == null) {
            // written before the user exists, so that no admin is ever made whose password nobody can read; never
            // printed: bin/start and service managers keep stdout in their logs
            password = PasswordHasher.generatePassword();
            file = passwordFile.write(password);
            if (file == null) {
                LOG.error("No admin created: the generated password could not be written under karaf.data; set "
                        + "COUNTYHALL_ADMIN_PASSWORD and restart");
                return;
            }
        }
        try {
            users.create(username, password.toCharArray(), null, "Administrator", null, Set.of(Roles.ADMIN));
        } catch (ConflictException e) {
            LOG.warn("No admin created: a user named '{}' exists but is not an enabled admin (or another node just "
                    + "created it); enable it or set COUNTYHALL_ADMIN_USER to another name", username);
            if (file != null) {
                passwordFile.remove();
            }
            return;
        } catch (ValidationException e) {
            LOG.error("No admin created: COUNTYHALL_ADMIN_USER / COUNTYHALL_ADMIN_PASSWORD rejected ({}). Fix them and "
                    + "restart.", e.getMessage().replace(password, "***"));
            if (file != null) {
                passwordFile.remove();
            }
            return;
        }
        if (file != null) {
            System.out.println();
            System.out.println("CountyHall: created user '" + username + "' with role admin; its generated password is in "
                    + file + " (owner-only, removed after the first admin login).");
            System.out.println();
            LOG.info("Created the first admin '{}' with a generated password, written to {} (removed after the first "
                    + "admin login)", username, file);
        } else {
            LOG.info("Created the first admin '{}' with the configured password", username);
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
