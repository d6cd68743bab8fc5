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

/** {@code badges:approve}: the office approves a submitted application. */
@Service
@Command(scope = "badges", name = "approve", description = "Approve a card application")
public final class BadgesApprove implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "id", required = true, description = "Application number")
    private long id;

    @Override
    public Object execute() {
        CardApplication a = badges.approve(id);
        System.out.println("Application " + a.id() + " for " + a.applicant() + ": " + a.state());
        return null;
    }
}
