package org.countyhall.core.internal.rest;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.rest.PublicAccess;

/**
 * Served at {@code /api/v1} itself: CXF routes a request to the longest matching server address, so this only
 * sees paths that no endpoint publishes (an unknown or uninstalled domain) and answers them with a 404 problem.
 */
@Path("/")
@PublicAccess
public final class NotFoundFallback {

    private static NotFoundException unknown(String path) {
        return new NotFoundException("No endpoint /api/v1/" + path + " is installed; see /api/v1/openapi");
    }

    @GET
    @Path("{path: .*}")
    public void get(@PathParam("path") String path) {
        throw unknown(path);
    }

    @HEAD
    @Path("{path: .*}")
    public void head(@PathParam("path") String path) {
        throw unknown(path);
    }

    @POST
    @Path("{path: .*}")
    public void post(@PathParam("path") String path) {
        throw unknown(path);
    }

    @PUT
    @Path("{path: .*}")
    public void put(@PathParam("path") String path) {
        throw unknown(path);
    }

    @PATCH
    @Path("{path: .*}")
    public void patch(@PathParam("path") String path) {
        throw unknown(path);
    }

    @DELETE
    @Path("{path: .*}")
    public void delete(@PathParam("path") String path) {
        throw unknown(path);
    }

    @OPTIONS
    @Path("{path: .*}")
    public void options(@PathParam("path") String path) {
        throw unknown(path);
    }
}
