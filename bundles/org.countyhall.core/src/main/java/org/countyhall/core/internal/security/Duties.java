package org.countyhall.core.internal.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.countyhall.core.api.security.Roles;

/**
 * 三员分立 (等保 2.0, 安全管理中心): who may do what of the administration. Off (the default), {@code admin} stands in
 * for every role, user management and the audit included, and {@code security-admin} and {@code audit-admin} may
 * be given to others as well. On ({@code security.separationOfDuties = true}), the three duties are held by three
 * different people: {@code admin} runs the system but no longer manages users nor reads the audit,
 * {@code security-admin} manages users and roles, {@code audit-admin} reads the audit; nobody holds two of them,
 * and someone enabled always holds each.
 */
public record Duties(boolean separated) {

    /** The three administrators. */
    public static final Set<String> ADMINISTRATORS = Set.of(Roles.ADMIN, Roles.SECURITY_ADMIN, Roles.AUDIT_ADMIN);

    /** The duties taken away from {@code admin} when they are separated. */
    private static final Set<String> SEPARATED = Set.of(Roles.SECURITY_ADMIN, Roles.AUDIT_ADMIN);

    public static final Duties SHARED = new Duties(false);

    /**
     * Whether someone holding {@code held} may call what admits {@code allowed}. {@code admin} stands in for every
     * role, except, when separated, for a separated duty; that one is for its own holder alone, and only one who
     * holds no other administrator role (such a user is a leftover from before the switch, see {@link #conflict}).
     */
    public boolean admits(Set<String> held, Set<String> allowed) {
        boolean guarded = separated && allowed.stream().anyMatch(SEPARATED::contains);
        if (!guarded) {
            return held.contains(Roles.ADMIN) || allowed.stream().anyMatch(held::contains);
        }
        return administratorRoles(held) == 1 && allowed.stream().anyMatch(held::contains);
    }

    /** Why {@code held} could not call what admits {@code allowed} (for the 403's detail). */
    public String refusal(Set<String> allowed) {
        if (separated && allowed.stream().anyMatch(SEPARATED::contains)) {
            return "Separation of duties is on: this is for " + new TreeSet<>(allowed)
                    + " alone, held by a user with no other administrator role";
        }
        return "Needs one of the roles " + new TreeSet<>(allowed);
    }

    /** Why a user may not be given {@code roles}, if that is so: two administrator roles while separated. */
    public Optional<String> conflict(Set<String> roles) {
        if (separated && administratorRoles(roles) > 1) {
            TreeSet<String> both = new TreeSet<>(ADMINISTRATORS);
            both.retainAll(roles);
            return Optional.of("separation of duties: " + both + " must be held by different users");
        }
        return Optional.empty();
    }

    /** The roles some enabled user must keep: {@code admin}, and when separated all three administrators. */
    public Set<String> mustRemain() {
        return separated ? ADMINISTRATORS : Set.of(Roles.ADMIN);
    }

    private static long administratorRoles(Set<String> held) {
        return held.stream().filter(r -> r != null && ADMINISTRATORS.contains(r)).count(); // Set.of refuses null
    }
}
