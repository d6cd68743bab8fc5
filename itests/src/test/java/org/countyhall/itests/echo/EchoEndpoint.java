package org.countyhall.itests.echo;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.countyhall.core.api.rest.PublicAccess;
import org.countyhall.core.api.rest.RestEndpoint;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * A stand-in for a domain bundle: packed into its own bundle by the tests, it publishes {@code /api/v1/echo}
 * through the core whiteboard exactly as a domain does.
 */
@Path("/")
public class EchoEndpoint implements RestEndpoint, BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(RestEndpoint.class, this, null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service with the bundle
    }

    @Override
    public String path() {
        return "echo";
    }

    @GET
    @PublicAccess
    @Produces("application/json")
    public String echo() {
        return "{\"echo\":\"hello\"}";
    }
}
