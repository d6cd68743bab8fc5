package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.CardApplication;

/** {@code badges:reject}: the office rejects a submitted application with a reason. */
@Service
@Command(scope = "badges", name = "reject", description = "Reject a card application, with a reason")
public final class BadgesReject implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "id", required = true, description = "Application number")
    private long id;

    @Argument(index = 1, name = "reason", required = true, description = "Why, for the department head")
    private String reason;

    @Override
    public Object execute() {
        CardApplication a = badges.reject(id, reason);
        System.out.println("Application " + a.id() + " for " + a.applicant() + ": " + a.state());
        return null;
    }
}
