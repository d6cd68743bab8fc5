package org.countyhall.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.internal.security.SeparationOfDuties;
import org.countyhall.core.api.security.Roles;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.audit.AuditLog.AuditEntry;
import org.countyhall.core.api.audit.AuditLog.AuditQuery;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;

/** {@code audit:list}: the audit trail, newest first. */
@Service
@Command(scope = "audit", name = "list", description = "List audit entries, newest first")
public final class AuditList implements Action {

    @Reference
    private SeparationOfDuties duties;

    @Reference
    private AuditLog audit;

    @Option(name = "--user", description = "Only this user's actions")
    private String user;

    @Option(name = "--action", description = "Only actions starting with this, e.g. user.")
    private String action;

    @Option(name = "--offset", description = "First row")
    private int offset;

    @Option(name = "--limit", description = "Rows per page")
    private int limit = 20;

    @Override
    public Object execute() {
        duties.requireOnConsole(Roles.AUDIT_ADMIN);
        Page<AuditEntry> page = audit.search(new AuditQuery(user, action, null, null), PageRequest.of(offset, limit));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("At");
        table.column("User");
        table.column("Action");
        table.column("Target");
        table.column("Detail");
        for (AuditEntry e : page.items()) {
            table.addRow().addContent(e.id(), e.at(), e.username(), e.action(), e.target(),
                    e.detail() == null ? "" : e.detail());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
