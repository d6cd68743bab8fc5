package org.countyhall.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.internal.event.EventConsumers;

/** {@code event:retry}: handles a parked event again now (audited {@code event.retry}). */
@Service
@Command(scope = "event", name = "retry", description = "Handle a parked event again")
public final class EventRetry implements Action {

    @Reference
    private EventConsumers consumers;

    @Argument(index = 0, name = "consumer", required = true, description = "Consumer name")
    private String consumer;

    @Argument(index = 1, name = "seq", required = true, description = "The parked event's sequence number")
    private long seq;

    @Override
    public Object execute() {
        consumers.runner().retry(consumer, seq);
        System.out.println("Event " + seq + " handled by " + consumer);
        return null;
    }
}
