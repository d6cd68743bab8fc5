package org.countyhall.core.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Any signed-in person may call the resource method (or every method of a class): every user with a role that is
 * not only a device's ({@link org.countyhall.core.api.security.Roles#DEVICES}). Access is denied by default: a
 * method with none of {@link PublicAccess}, {@code AnySignedIn} or {@link RolesAllowed} (on itself or its class)
 * is refused to everyone (403), so a forgotten annotation never opens an endpoint.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AnySignedIn {
}
