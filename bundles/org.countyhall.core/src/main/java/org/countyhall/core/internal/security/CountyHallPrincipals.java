package org.countyhall.core.internal.security;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.countyhall.core.api.security.Actor;

/**
 * JAAS principals of a CountyHall login. CountyHall roles use their own principal class, so a CountyHall
 * {@code admin} is never Karaf's {@code admin}: Karaf's ACLs name {@code RolePrincipal}, ours name
 * {@code org.countyhall.core.internal.security.CountyHallPrincipals$Role:<role>}.
 */
public final class CountyHallPrincipals {

    /** Karaf role that lets a user open the SSH console ({@code sshRole} in org.apache.karaf.shell.cfg). */
    public static final String SSH_ROLE = "ssh";

    private CountyHallPrincipals() {
    }

    /** The principals to add to a subject for {@code actor}. */
    public static Set<Principal> of(Actor actor) {
        Set<Principal> out = new java.util.HashSet<>();
        out.add(new UserPrincipal(actor.username()));
        out.add(new RolePrincipal(SSH_ROLE));
        if (actor.staffNumber() != null) {
            out.add(new Staff(actor.staffNumber()));
        }
        for (String r : actor.roles()) {
            out.add(new Role(r));
        }
        return out;
    }

    /** Rebuilds the actor from a subject's principals; null when the subject is not a CountyHall login. */
    public static Actor actorOf(Set<Principal> principals) {
        String user = null;
        String staff = null;
        Set<String> roles = new java.util.HashSet<>();
        for (Principal p : principals) {
            if (p instanceof UserPrincipal) {
                user = p.getName();
            } else if (p instanceof Staff) {
                staff = p.getName();
            } else if (p instanceof Role) {
                roles.add(p.getName());
            }
        }
        return user == null ? null : new Actor(user, staff, roles);
    }

    /** A CountyHall role. */
    public static final class Role extends Named {
        private static final long serialVersionUID = 1L;

        public Role(String name) {
            super(name);
        }
    }

    /** The staff number a user maps to. */
    public static final class Staff extends Named {
        private static final long serialVersionUID = 1L;

        public Staff(String name) {
            super(name);
        }
    }

    /** Equality by class and name, as JAAS sets need. */
    abstract static class Named implements Principal, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean equals(Object o) {
            return o != null && o.getClass() == getClass() && ((Named) o).name.equals(name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(getClass().getName(), name);
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + "[" + name + "]";
        }
    }
}
