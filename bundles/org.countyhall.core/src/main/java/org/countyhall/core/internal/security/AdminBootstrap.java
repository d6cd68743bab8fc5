package org.countyhall.core.internal.security;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At first start (no enabled admin in the database) creates the admin: user name from
 * {@code COUNTYHALL_ADMIN_USER} (default {@code admin}), password from {@code COUNTYHALL_ADMIN_PASSWORD};
 * without one, a password is generated, stored hashed and printed once on the console, never logged.
 * System properties {@code countyhall.admin.user} and {@code countyhall.admin.password} are read as well.
 */
final class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final JdbcUserDirectory users;

    AdminBootstrap(JdbcUserDirectory users) {
        this.users = users;
    }

    void ensureAdmin(Map<String, String> env, Properties props) {
        if (users.adminCount() > 0) {
            return;
        }
        String username = first(env.get("COUNTYHALL_ADMIN_USER"), props.getProperty("countyhall.admin.user"), "admin");
        String given = first(env.get("COUNTYHALL_ADMIN_PASSWORD"), props.getProperty("countyhall.admin.password"), null);
        String password = given != null ? given : PasswordHasher.generatePassword();
        try {
            users.create(username, password.toCharArray(), null, "Administrator", null, Set.of(Roles.ADMIN));
        } catch (ConflictException e) {
            LOG.info("Admin {} was created by another node", username);
            return;
        }
        if (given == null) {
            // stdout reaches the operator's console (or data/log/karaf.out), never the log files
            System.out.println();
            System.out.println("CountyHall: created user '" + username + "' with role admin.");
            System.out.println("CountyHall: its generated password, shown only this once: " + password);
            System.out.println();
            LOG.info("Created the first admin '{}' with a generated password (printed once on the console)", username);
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
