package org.countyhall.badges.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.core.api.event.EventConsumer;
import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.staff.api.StaffEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A person left the main building (staff's DEPARTED, or TRANSFERRED from MAIN to OTHER) still owing a card: the
 * office forced it over our veto, or badges was not installed then. Each owed card is revoked and the fine for an
 * unreturned card booked (L577), once per event and card. Core runs it once per cluster, from its cursor: a
 * departure recorded while badges was absent is handled when it comes back.
 */
@Component(service = EventConsumer.class)
public final class StaffLeftConsumer implements EventConsumer {

    private final BadgeOffice badges;
    private final Clock clock;

    @Activate
    public StaffLeftConsumer(@Reference BadgeOffice badges, @Reference Clock clock) {
        this.badges = badges;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "badges.staff-left";
    }

    @Override
    public String topics() {
        return "org/countyhall/staff/"; // DEPARTED and TRANSFERRED
    }

    @Override
    public void handle(OutboxEvent event) {
        if (!(event.payload().get("staffNumber") instanceof String staffNumber)) {
            return;
        }
        String source = "staff-event:" + event.id();
        if (StaffEvents.DEPARTED.equals(event.topic())) {
            badges.leftWithCards(staffNumber, source, day(event, "leftOn"), text(event, "department"), false);
        } else if (StaffEvents.TRANSFERRED.equals(event.topic()) && "MAIN".equals(event.payload().get("fromBuilding"))
                && "OTHER".equals(event.payload().get("toBuilding"))) {
            badges.leftWithCards(staffNumber, source, day(event, "on"), text(event, "fromDepartment"), true);
        }
    }

    private static String text(OutboxEvent event, String key) {
        return event.payload().get(key) instanceof String s ? s : null;
    }

    /** The day the event names, else the day it happened in the centre's zone (only a fine's note says it). */
    private LocalDate day(OutboxEvent event, String key) {
        try {
            if (event.payload().get(key) instanceof String s) {
                return LocalDate.parse(s);
            }
        } catch (DateTimeParseException e) {
            // as if absent
        }
        return event.occurredAt().atZone(clock.getZone()).toLocalDate();
    }
}
