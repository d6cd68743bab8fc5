package org.countyhall.core.internal.security;

import java.security.Principal;
import java.util.HashSet;
import java.util.Set;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.Roles;

/**
 * JAAS principals of a CountyHall login. A CountyHall role is never one of Karaf's: it becomes the Karaf role
 * {@code countyhall-<role>} (what ACL files name) and a principal of its own class
 * ({@code org.countyhall.core.internal.security.CountyHallRole:<role>}, the form of older ACL files), so a
 * CountyHall {@code admin} is never Karaf's {@code admin}.
 */
public final class CountyHallPrincipals {

    /** Karaf role that lets a user open the SSH console ({@code sshRole} in org.apache.karaf.shell.cfg). */
    public static final String SSH_ROLE = "ssh";

    /**
     * Prefix of the Karaf role each CountyHall role also becomes: ACL files name {@code countyhall-office}, a name
     * that is none of Karaf's own roles, instead of this bundle's internal class
     * ({@code org.countyhall.core.internal.security.CountyHallRole:office}, still accepted).
     */
    public static final String KARAF_ROLE_PREFIX = "countyhall-";

    private CountyHallPrincipals() {
    }

    /** The principals to add to a subject for {@code actor}. */
    public static Set<Principal> of(Actor actor) {
        Set<Principal> out = new HashSet<>();
        out.add(new UserPrincipal(actor.username()));
        if (!actor.roles().equals(Set.of(Roles.DOOR))) {
            out.add(new RolePrincipal(SSH_ROLE)); // device accounts (door readers) never get a console
        }
        if (actor.staffNumber() != null) {
            out.add(new StaffPrincipal(actor.staffNumber()));
        }
        for (String r : actor.roles()) {
            out.add(new CountyHallRole(r));
            out.add(new RolePrincipal(KARAF_ROLE_PREFIX + r));
        }
        return out;
    }

    /** True if the subject holds Karaf's own {@code admin} role (the local console's user); never a CountyHall login. */
    public static boolean hasKarafAdmin(Set<Principal> principals) {
        return principals.stream().anyMatch(p -> p instanceof RolePrincipal && "admin".equals(p.getName()));
    }

    /** Rebuilds the actor from a subject's principals; null when the subject is not a CountyHall login. */
    public static Actor actorOf(Set<Principal> principals) {
        String user = null;
        String staff = null;
        Set<String> roles = new HashSet<>();
        for (Principal p : principals) {
            if (p instanceof UserPrincipal) {
                user = p.getName();
            } else if (p instanceof StaffPrincipal) {
                staff = p.getName();
            } else if (p instanceof CountyHallRole) {
                roles.add(p.getName());
            }
        }
        return user == null ? null : new Actor(user, staff, roles);
    }
}
