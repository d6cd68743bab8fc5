package org.countyhall.badges.internal;

import java.time.LocalDate;

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

    @Activate
    public StaffLeftConsumer(@Reference BadgeOffice badges) {
        this.badges = badges;
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
            badges.leftWithCards(staffNumber, source, day(event, "leftOn"), false);
        } else if (StaffEvents.TRANSFERRED.equals(event.topic()) && "MAIN".equals(event.payload().get("fromBuilding"))
                && "OTHER".equals(event.payload().get("toBuilding"))) {
            badges.leftWithCards(staffNumber, source, day(event, "on"), true);
        }
    }

    private static LocalDate day(OutboxEvent event, String key) {
        Object v = event.payload().get(key);
        try {
            return v instanceof String s ? LocalDate.parse(s) : event.occurredAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        } catch (java.time.format.DateTimeParseException e) {
            return event.occurredAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
    }
}
