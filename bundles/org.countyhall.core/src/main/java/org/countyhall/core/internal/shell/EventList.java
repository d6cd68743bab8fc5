package org.countyhall.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.event.OutboxEvent;
import org.countyhall.core.api.rest.PageRequest;

/** {@code event:list}: outbox events after a cursor, oldest first. */
@Service
@Command(scope = "event", name = "list", description = "List outbox events after a sequence number")
public final class EventList implements Action {

    @Reference
    private EventOutbox outbox;

    @Option(name = "--after", description = "Sequence number to start after (0 = from the beginning)")
    private long after;

    @Option(name = "--topic", description = "Topic prefix, e.g. org/countyhall/staff/")
    private String topic;

    @Option(name = "--limit", description = "Rows")
    private int limit = 20;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Seq");
        table.column("At");
        table.column("Topic");
        table.column("Actor");
        table.column("Payload");
        for (OutboxEvent e : outbox.read(after, topic, PageRequest.of(0, limit).limit())) {
            table.addRow().addContent(e.seq(), e.occurredAt(), e.topic(), e.actor(), e.payload());
        }
        table.print(System.out);
        return null;
    }
}
