package org.countyhall.windows.internal;

import org.countyhall.core.api.event.EventConsumer;
import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.staff.api.StaffEvents;
import org.countyhall.windows.api.WindowRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Empties the posts a transferred person (staff's TRANSFERRED) still holds at windows of their old department:
 * only a forced transfer, or one recorded while the registry was not installed, leaves any. Runs on core's event
 * consumer: once per cluster, from its cursor after an absence.
 */
@Component(service = EventConsumer.class)
public final class TransferredConsumer implements EventConsumer {

    private final WindowRegistry windows;

    @Activate
    public TransferredConsumer(@Reference WindowRegistry windows) {
        this.windows = windows;
    }

    @Override
    public String name() {
        return "windows.staff-transferred";
    }

    @Override
    public String topics() {
        return StaffEvents.TRANSFERRED;
    }

    @Override
    public void handle(OutboxEvent event) {
        if (StaffEvents.TRANSFERRED.equals(event.topic())
                && event.payload().get("staffNumber") instanceof String staffNumber
                && event.payload().get("toDepartment") instanceof String department) {
            windows.vacateOutside(staffNumber, department);
        }
    }
}
