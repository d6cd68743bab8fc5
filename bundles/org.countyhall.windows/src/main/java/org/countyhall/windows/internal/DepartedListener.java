package org.countyhall.windows.internal;

import java.util.List;

import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.staff.api.StaffEvents;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Empties the posts of a person who left (a forced departure leaves their A/B posts held, and a director or deputy
 * may leave without a veto), so coverage and postings stop counting them. At start it reads every DEPARTED event in
 * the outbox, to catch up with departures recorded while the registry was not installed; vacating is idempotent.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + StaffEvents.DEPARTED)
public final class DepartedListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DepartedListener.class);
    private static final int PAGE = 500;

    private final WindowRegistry windows;

    @Activate
    public DepartedListener(@Reference WindowRegistry windows, @Reference EventOutbox outbox) {
        this.windows = windows;
        long after = 0;
        int vacated = 0;
        List<OutboxEvent> page;
        do {
            page = outbox.read(after, StaffEvents.DEPARTED, PAGE);
            for (OutboxEvent e : page) {
                if (e.topic().equals(StaffEvents.DEPARTED)) { // the read matches a topic prefix
                    vacated += vacate(e.payload().get("staffNumber")).size();
                }
                after = e.seq();
            }
        } while (page.size() == PAGE);
        if (vacated > 0) {
            LOG.info("Emptied {} window post(s) of staff who left while the registry was not installed", vacated);
        }
    }

    @Override
    public void handleEvent(Event event) {
        vacate(event.getProperty("staffNumber"));
    }

    private List<Window> vacate(Object staffNumber) {
        return staffNumber instanceof String s ? windows.vacate(s) : List.of();
    }
}
