package org.countyhall.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.internal.event.ConsumerRunner.ConsumerStatus;
import org.countyhall.core.internal.event.EventConsumers;

/** {@code event:consumers}: each event consumer running on this node, its cursor, lag and parked events. */
@Service
@Command(scope = "event", name = "consumers", description = "List the event consumers: cursor, waiting and parked events")
public final class EventConsumerList implements Action {

    @Reference
    private EventConsumers consumers;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Consumer");
        table.column("Topics");
        table.column("Cursor");
        table.column("Waiting");
        table.column("Parked");
        table.column("State");
        for (ConsumerStatus s : consumers.status()) {
            String state = s.failingSeq() == null ? "ok"
                    : "failing at " + s.failingSeq() + ", attempt " + s.attempts() + ", again at " + s.retryAt();
            table.addRow().addContent(s.name(), s.topics(), s.cursor(), s.waiting(), s.parked(), state);
        }
        table.print(System.out);
        return null;
    }
}
