package org.countyhall.core.internal.rest.resources;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.notify.Inbox;
import org.countyhall.core.api.notify.Inbox.Message;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.rest.AnySignedIn;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.api.security.ActorContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/inbox}: the logged-in user's own messages. */
@Component(service = RestEndpoint.class)
@Path("/")
@AnySignedIn
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inbox", description = "Messages to the signed-in person")
public final class InboxEndpoint implements RestEndpoint {

    private final Inbox inbox;
    private final ActorContext actors;

    @Activate
    public InboxEndpoint(@Reference Inbox inbox, @Reference ActorContext actors) {
        this.inbox = inbox;
        this.actors = actors;
    }

    @Override
    public String path() {
        return "inbox";
    }

    @GET
    @Operation(summary = "List the caller's inbox messages, newest first")
    public Page<Message> list(@QueryParam("unread") boolean unread, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return inbox.list(me(), unread, PageRequest.of(offset, limit));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's messages read")
    @ApiResponse(responseCode = "204", description = "Marked read")
    public Response read(@PathParam("id") long id) {
        if (!inbox.markRead(me(), id)) {
            throw new NotFoundException("No message " + id + " in your inbox");
        }
        return Response.noContent().build();
    }

    private String me() {
        return actors.current().orElseThrow().username();
    }
}
