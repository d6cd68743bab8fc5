package org.countyhall.core.internal.rest;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

import org.countyhall.core.api.rest.AnySignedIn;
import org.countyhall.core.api.rest.PublicAccess;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.internal.security.Duties;

/**
 * Who may call one resource method, from its annotations: the method's own rule wins over its class's; none at all
 * denies everyone (a forgotten annotation must not open an endpoint, device accounts included).
 */
record AccessRule(Kind kind, Set<String> roles) {

    enum Kind { PUBLIC, ANY_PERSON, ROLES, NONE }

    static AccessRule of(Method method, Class<?> type) {
        AccessRule own = declared(method.getAnnotation(PublicAccess.class), method.getAnnotation(AnySignedIn.class),
                method.getAnnotation(RolesAllowed.class));
        return own != null ? own : declaredOr(type);
    }

    private static AccessRule declaredOr(Class<?> type) {
        AccessRule r = declared(type.getAnnotation(PublicAccess.class), type.getAnnotation(AnySignedIn.class),
                type.getAnnotation(RolesAllowed.class));
        return r != null ? r : new AccessRule(Kind.NONE, Set.of());
    }

    private static AccessRule declared(PublicAccess open, AnySignedIn any, RolesAllowed roles) {
        if (open != null) {
            return new AccessRule(Kind.PUBLIC, Set.of());
        }
        if (roles != null) {
            return new AccessRule(Kind.ROLES, Set.copyOf(Arrays.asList(roles.value())));
        }
        if (any != null) {
            return new AccessRule(Kind.ANY_PERSON, Set.of());
        }
        return null;
    }

    boolean isPublic() {
        return kind == Kind.PUBLIC;
    }

    /**
     * Whether a signed-in {@code actor} may call it; admin may call everything that has a rule, except a duty that
     * {@code duties} separates from it.
     */
    boolean admits(Actor actor, Duties duties) {
        return switch (kind) {
            case PUBLIC -> true;
            case NONE -> false;
            case ANY_PERSON -> actor.roles().stream().anyMatch(r -> !Roles.DEVICES.contains(r));
            case ROLES -> duties.admits(actor.roles(), roles);
        };
    }

    String refusal(Duties duties) {
        return switch (kind) {
            case NONE -> "This endpoint declares no access rule, so nobody may call it";
            case ANY_PERSON -> "Device accounts may not call this endpoint";
            default -> duties.refusal(roles);
        };
    }
}
