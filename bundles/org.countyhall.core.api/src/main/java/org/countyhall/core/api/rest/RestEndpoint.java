package org.countyhall.core.api.rest;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service: a bundle registers one to publish its JAX-RS resources at {@code /api/v1/<path>}.
 *
 * <p>Core creates a CXF server for each registered endpoint, with the shared JSON provider, error mapping,
 * authentication, body size limit and audit, and removes it when the service goes away. A domain never
 * touches CXF itself, so every domain answers errors and security the same way.
 */
@ConsumerType
public interface RestEndpoint {

    /** First path segment after {@code /api/v1/}, e.g. {@code "staff"}; lower case letters, digits and dashes. */
    String path();

    /**
     * The JAX-RS resource instances (singletons) served under {@link #path()}; by default the endpoint itself,
     * for the common case of a component that is both the endpoint and its one resource.
     */
    default List<Object> resources() {
        return List.of(this);
    }
}
