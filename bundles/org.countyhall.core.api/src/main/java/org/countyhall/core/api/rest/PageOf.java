package org.countyhall.core.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method that returns a {@code Response} (to set headers such as caching) whose body is a
 * {@link Page}: the type of the page's items, so that the OpenAPI document names its 200 answer
 * ({@code Page<Posting>}) — an {@code @ApiResponse} can name a class but not a generic type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PageOf {

    /** The type of {@link Page#items()}. */
    Class<?> value();
}
