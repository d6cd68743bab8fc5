package org.countyhall.core.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Roles that may call a resource method (or every method of a class). Without this annotation or
 * {@link PublicAccess}, any logged-in user may call it; an empty list on a method means the same and
 * overrides the class. {@code admin} is always allowed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RolesAllowed {
    /** CountyHall role names, see {@link org.countyhall.core.api.security.Roles}. */
    String[] value();
}
