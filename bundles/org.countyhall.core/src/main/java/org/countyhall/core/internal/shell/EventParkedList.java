package org.countyhall.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.internal.event.ConsumerRunner.ParkedEvent;
import org.countyhall.core.internal.event.EventConsumers;

/** {@code event:parked}: events that consumers gave up on, oldest first. */
@Service
@Command(scope = "event", name = "parked", description = "List parked events (a consumer failed at them)")
public final class EventParkedList implements Action {

    @Reference
    private EventConsumers consumers;

    @Option(name = "--consumer", description = "Only this consumer's")
    private String consumer;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Consumer");
        table.column("Seq");
        table.column("Event id");
        table.column("Attempts");
        table.column("Parked at");
        table.column("Failure");
        for (ParkedEvent p : consumers.runner().parked(consumer)) {
            table.addRow().addContent(p.consumer(), p.seq(), p.eventId(), p.attempts(), p.parkedAt(), p.failure());
        }
        table.print(System.out);
        return null;
    }
}
