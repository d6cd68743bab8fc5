package org.countyhall.core.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.internal.config.CoreConfig;
import org.countyhall.core.internal.audit.DeferredAudit;
import org.countyhall.core.internal.security.Authenticator;
import org.countyhall.core.internal.security.SeparationOfDuties;
import org.countyhall.core.internal.security.CurrentActor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every {@link RestEndpoint} service as its own CXF JAX-RS server at {@code /api/v1/<path>}, with
 * the shared providers, and destroys it when the service goes away (so a domain's endpoints appear and
 * disappear with its bundle).
 */
@Component(service = RestWhiteboard.class, immediate = true, configurationPid = CoreConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class RestWhiteboard {

    private static final Logger LOG = LoggerFactory.getLogger(RestWhiteboard.class);
    private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final Bus bus;
    private final CurrentActor current;
    private final DeferredAudit audit;
    private final Authenticator authenticator;
    private final SeparationOfDuties duties;
    private final PublishedEndpoints index;
    private final JsonProvider json = new JsonProvider(Json.mapper());
    private final DateHeader dateHeader = new DateHeader();
    private final Map<String, Published> published = new ConcurrentHashMap<>();
    private final Server fallback;
    private volatile long maxBodyBytes;

    @Activate
    public RestWhiteboard(@Reference CurrentActor current, @Reference DeferredAudit audit,
            @Reference Authenticator authenticator, @Reference SeparationOfDuties duties,
            @Reference PublishedEndpoints index, CoreConfig config) {
        this.duties = duties;
        this.index = index;
        this.current = current;
        this.audit = audit;
        this.authenticator = authenticator;
        this.maxBodyBytes = config.rest_maxBodyBytes();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(BusFactory.class.getClassLoader());
        try {
            this.bus = BusFactory.newInstance().createBus();
            // CXF adds its Jettison JSONProvider to every server; it writes only JAXB beans, yet it sorted before ours
            // (a narrower @Produces) and so made CXF search every writer on every answer (12 % of a signed-in read)
            bus.setProperty("skip.default.json.provider.registration", true);
            // CXF asks the bus for a class loader on every request and, finding none, searches the class path for ""
            // (2 % of a signed-in read); this is the loader the bus was made with
            bus.setExtension(BusFactory.class.getClassLoader(), ClassLoader.class);
        } finally {
            thread.setContextClassLoader(previous);
        }
        fallback = server("", List.of(new NotFoundFallback()));
    }

    @Modified
    void modified(CoreConfig config) {
        maxBodyBytes = config.rest_maxBodyBytes();
    }

    @Deactivate
    void deactivate() {
        published.forEach((path, p) -> {
            index.remove(path);
            p.server.destroy();
        });
        published.clear();
        fallback.destroy();
        bus.shutdown(false);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEndpoint(RestEndpoint endpoint) {
        String path = endpoint.path();
        if (path == null || !PATH.matcher(path).matches()) {
            LOG.error("REST endpoint {} has an invalid path '{}'", endpoint.getClass().getName(), path);
            return;
        }
        synchronized (published) {
            if (published.containsKey(path)) {
                LOG.error("REST path /api/v1/{} is already published; {} ignored", path, endpoint.getClass().getName());
                return;
            }
            List<Object> resources = new ArrayList<>(endpoint.resources());
            published.put(path, new Published(endpoint, server("/" + path, resources)));
            index.put(path, resources.stream().<Class<?>>map(Object::getClass).toList());
            LOG.info("Published /api/v1/{}", path);
        }
    }

    void removeEndpoint(RestEndpoint endpoint) {
        String path = endpoint.path();
        synchronized (published) {
            Published p = published.get(path);
            if (p != null && p.endpoint == endpoint) {
                published.remove(path);
                index.remove(path);
                p.server.destroy();
                LOG.info("Removed /api/v1/{}", path);
            }
        }
    }

    /** A CXF server at {@code /api/v1<suffix>} with the shared providers. */
    private Server server(String suffix, List<Object> resources) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress("/v1" + suffix);
        factory.setServiceBeans(resources);
        factory.getOutInterceptors().add(dateHeader);
        factory.setProviders(List.of(json, new ProblemMapper(), new BodyLimitFilter(() -> maxBodyBytes),
                new AuthFilter(authenticator, current, duties), new AuditFilter(audit)));
        return factory.create();
    }

    private record Published(RestEndpoint endpoint, Server server) {
    }
}
