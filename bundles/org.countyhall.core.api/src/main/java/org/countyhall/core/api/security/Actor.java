package org.countyhall.core.api.security;

import java.util.Set;

/** Who is acting: the user name, the staff number it maps to (may be null for device accounts) and its roles. */
public record Actor(String username, String staffNumber, Set<String> roles) {

    /** The actor of work that no person started (jobs, start-up). */
    public static final Actor SYSTEM = new Actor("system", null, Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
