package org.countyhall.core.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.countyhall.core.api.db.Schema;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates the schema of every bundle that declares {@code CountyHall-Schema: <domain>}, then registers a
 * {@link Schema} service with {@code domain=<domain>}; the bundle's components wait for that service, so they
 * never see an old schema. A failed migration registers nothing and leaves the bundle's services down.
 */
@Component(immediate = true)
public final class SchemaExtender implements BundleTrackerCustomizer<ServiceRegistration<Schema>> {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final BundleContext context;
    private final DataSource dataSource;
    private final Migrator migrator = new Migrator();
    private final BundleTracker<ServiceRegistration<Schema>> tracker;

    @Activate
    public SchemaExtender(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource dataSource) {
        this.context = context;
        this.dataSource = dataSource;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public ServiceRegistration<Schema> addingBundle(Bundle bundle, BundleEvent event) {
        String domain = bundle.getHeaders().get(Schema.HEADER);
        if (domain == null) {
            return null;
        }
        domain = domain.trim();
        try {
            MigrationResult result = migrator.migrateResources(dataSource, domain, scripts(bundle, domain));
            LOG.info("Schema {} at version {} (applied now: {})", domain, result.currentVersion(), result.applied());
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(Schema.DOMAIN, domain);
            int version = result.currentVersion();
            String name = domain;
            return context.registerService(Schema.class, new Schema() {
                @Override
                public String domain() {
                    return name;
                }

                @Override
                public int version() {
                    return version;
                }
            }, props);
        } catch (RuntimeException e) {
            // MigrationException messages name domain, version and statement, never row values
            LOG.error("Schema migration of {} (bundle {}) failed: {}", domain, bundle.getSymbolicName(), e.getMessage());
            return null;
        }
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<Schema> registration) {
        // the schema stays as it is while the bundle moves between STARTING and ACTIVE
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<Schema> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // unregistered with the framework already
        }
    }

    private static Map<String, String> scripts(Bundle bundle, String domain) {
        Map<String, String> out = new TreeMap<>();
        Enumeration<URL> urls = bundle.findEntries("db/" + domain, "*.sql", false);
        while (urls != null && urls.hasMoreElements()) {
            URL url = urls.nextElement();
            try (InputStream in = url.openStream()) {
                out.put(url.getPath(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + url, e);
            }
        }
        return out;
    }
}
