package org.countyhall.core.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Roles that may call a resource method (or every method of a class); {@code admin} is always allowed. An empty
 * list admits nobody but admin. Without this annotation, {@link AnySignedIn} or {@link PublicAccess} on the method
 * or its class, nobody may call it (deny by default).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RolesAllowed {
    /** CountyHall role names, see {@link org.countyhall.core.api.security.Roles}. */
    String[] value();
}
