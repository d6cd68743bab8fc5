package org.countyhall.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.api.notify.Inbox;
import org.countyhall.core.api.notify.Inbox.Message;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.security.ActorContext;

/** {@code inbox:list}: the logged-in user's messages, newest first. */
@Service
@Command(scope = "inbox", name = "list", description = "List your inbox messages")
public final class InboxList implements Action {

    @Reference
    private Inbox inbox;

    @Reference
    private ActorContext actors;

    @Option(name = "--unread", description = "Only unread messages")
    private boolean unread;

    @Option(name = "--limit", description = "Rows")
    private int limit = 20;

    @Override
    public Object execute() {
        String me = actors.current().orElseThrow(() -> new IllegalStateException("Not a CountyHall login")).username();
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Sent");
        table.column("Read");
        table.column("Subject");
        for (Message m : inbox.list(me, unread, PageRequest.of(0, limit)).items()) {
            table.addRow().addContent(m.id(), m.sentAt(), m.read() ? "yes" : "", m.subject());
        }
        table.print(System.out);
        return null;
    }
}
