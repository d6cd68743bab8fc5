package org.countyhall.core.internal.rest.resources;

import java.util.List;

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

import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.internal.event.ConsumerRunner;
import org.countyhall.core.internal.event.EventConsumers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/events?after=<seq>}: the outbox read by cursor, oldest first; the event consumers, their
 * parked events, retry (admin, office) and skip (admin).
 */
@Component(service = RestEndpoint.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
@Tag(name = "events", description = "The durable domain events (outbox) and their consumers")
public final class EventsEndpoint implements RestEndpoint {

    private final EventOutbox outbox;
    private final EventConsumers consumers;

    @Activate
    public EventsEndpoint(@Reference EventOutbox outbox, @Reference EventConsumers consumers) {
        this.outbox = outbox;
        this.consumers = consumers;
    }

    @Override
    public String path() {
        return "events";
    }

    /** A batch of events and the cursor to ask for the next one. */
    public record Batch(List<OutboxEvent> items, long next) {
    }

    @GET
    @Operation(summary = "Read committed events after a cursor")
    public Batch read(@QueryParam("after") Long after, @QueryParam("topic") String topic,
            @QueryParam("limit") Integer limit) {
        long from = after == null ? 0 : after;
        if (from < 0) {
            throw new ValidationException("after", "must be 0 or more");
        }
        int size = PageRequest.of(0, limit).limit();
        List<OutboxEvent> items = outbox.read(from, topic, size);
        return new Batch(items, items.isEmpty() ? from : items.get(items.size() - 1).seq());
    }

    @GET
    @Path("consumers")
    @Operation(summary = "List the event consumers with their cursors")
    public List<ConsumerRunner.ConsumerStatus> consumers() {
        return consumers.status();
    }

    @GET
    @Path("parked")
    @Operation(summary = "List parked events (a consumer failed them too often)")
    public List<ConsumerRunner.ParkedEvent> parked(@QueryParam("consumer") String consumer) {
        return consumers.runner().parked(consumer);
    }

    @POST
    @Path("consumers/{name}/parked/{seq}/retry")
    @Operation(summary = "Retry a parked event now")
    @ApiResponse(responseCode = "204", description = "Handled")
    @ApiResponse(responseCode = "409", description = "The event failed again (event-retry-failed); it stays parked")
    public Response retry(@PathParam("name") String name, @PathParam("seq") long seq) {
        consumers.runner().retry(name, seq);
        return Response.noContent().build();
    }

    @POST
    @Path("consumers/{name}/parked/{seq}/skip")
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "Skip a parked event (the consumer never handles it)")
    @ApiResponse(responseCode = "204", description = "Skipped")
    public Response skip(@PathParam("name") String name, @PathParam("seq") long seq) {
        consumers.runner().skip(name, seq);
        return Response.noContent().build();
    }
}
