package org.countyhall.core.api.db;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by core once a bundle's schema is migrated, with service property {@code domain=<name>}.
 *
 * <p>A bundle declares {@code CountyHall-Schema: <domain>} in its manifest and ships
 * {@code db/<domain>/V<n>__<what>.sql}. Its components reference {@code Schema} with target
 * {@code (domain=<name>)}, so they start only after the migration succeeded.
 */
@ProviderType
public interface Schema {

    /** Service property naming the domain. */
    String DOMAIN = "domain";

    /** Manifest header naming the bundle's schema domain. */
    String HEADER = "CountyHall-Schema";

    String domain();

    /** The schema version now in the database. */
    int version();
}
