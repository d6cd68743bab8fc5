package org.countyhall.windows.internal;

import org.countyhall.core.api.event.EventConsumer;
import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.staff.api.StaffEvents;
import org.countyhall.windows.api.WindowRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Empties the posts of a person who left (a forced departure leaves their A/B posts held, and a director or deputy
 * may leave without a veto), so coverage and postings stop counting them. Core runs it once per cluster, from its
 * cursor: a departure recorded while the registry was not installed is handled when it comes back.
 */
@Component(service = EventConsumer.class)
public final class DepartedConsumer implements EventConsumer {

    private final WindowRegistry windows;

    @Activate
    public DepartedConsumer(@Reference WindowRegistry windows) {
        this.windows = windows;
    }

    @Override
    public String name() {
        return "windows.staff-departed";
    }

    @Override
    public String topics() {
        return StaffEvents.DEPARTED;
    }

    @Override
    public void handle(OutboxEvent event) {
        if (StaffEvents.DEPARTED.equals(event.topic()) // the topics are a prefix
                && event.payload().get("staffNumber") instanceof String staffNumber) {
            windows.vacate(staffNumber);
        }
    }
}
