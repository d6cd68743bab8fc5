package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.ApplicationState;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.CardApplication;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.shell.ListCommand;

/** {@code badges:applications}: card applications, newest first. */
@Service
@Command(scope = "badges", name = "applications", description = "List card applications")
public final class BadgesApplications extends ListCommand<CardApplication> {

    @Reference
    private BadgeOffice badges;

    @Option(name = "--state", description = "SUBMITTED, APPROVED, REJECTED or USED")
    private ApplicationState state;

    @Option(name = "--applicant", description = "Only this applicant")
    private String applicant;

    public BadgesApplications() {
        super("Id", "Applicant", "Name", "Unit", "State", "Submitted by", "Decided by", "Decision", "Card");
    }

    @Override
    protected Page<CardApplication> page(PageRequest page) {
        return badges.applications(state, applicant, page);
    }

    @Override
    protected Object[] row(CardApplication a) {
        return new Object[] {a.id(), a.applicant(), a.applicantName(), a.unit(), a.state(), a.submittedBy(),
            a.decidedBy(), a.decision(), a.cardNumber()};
    }
}
