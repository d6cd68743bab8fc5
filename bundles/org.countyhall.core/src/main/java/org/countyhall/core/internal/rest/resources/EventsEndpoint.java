package org.countyhall.core.internal.rest.resources;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.api.security.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/v1/events?after=<seq>}: the outbox read by cursor, oldest first (admin, office). */
@Component(service = RestEndpoint.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public final class EventsEndpoint implements RestEndpoint {

    private final EventOutbox outbox;

    @Activate
    public EventsEndpoint(@Reference EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String path() {
        return "events";
    }

    /** A batch of events and the cursor to ask for the next one. */
    public record Batch(List<OutboxEvent> items, long next) {
    }

    @GET
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
}
