package org.countyhall.core.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.audit.AuditLog.AuditEntry;
import org.countyhall.core.api.audit.AuditLog.AuditQuery;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.api.shell.ListCommand;
import org.countyhall.core.internal.security.SeparationOfDuties;

/** {@code audit:list}: the audit trail, newest first. */
@Service
@Command(scope = "audit", name = "list", description = "List audit entries, newest first")
public final class AuditList extends ListCommand<AuditEntry> {

    @Reference
    private SeparationOfDuties duties;

    @Reference
    private AuditLog audit;

    @Option(name = "--user", description = "Only this user's actions")
    private String user;

    @Option(name = "--action", description = "Only actions starting with this, e.g. user.")
    private String action;

    public AuditList() {
        super("Id", "At", "User", "Action", "Target", "Detail");
    }

    @Override
    protected Page<AuditEntry> page(PageRequest page) {
        duties.requireOnConsole(Roles.AUDIT_ADMIN);
        return audit.search(new AuditQuery(user, action, null, null), page);
    }

    @Override
    protected Object[] row(AuditEntry e) {
        return new Object[] {e.id(), e.at(), e.username(), e.action(), e.target(), e.detail()};
    }
}
