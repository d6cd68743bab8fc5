package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.ApplicationInput;
import org.countyhall.badges.api.CardApplication;

/** {@code badges:apply}: a department head applies for a card for someone outside the main building (L556). */
@Service
@Command(scope = "badges", name = "apply", description = "Apply for a card for a person outside the main building (department head, L556)")
public final class BadgesApply implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "applicant", required = true, description = "The applicant's staff number")
    private String applicant;

    @Argument(index = 1, name = "reason", required = true, description = "Why they need a card")
    private String reason;

    @Option(name = "--name", description = "The applicant's name (only without the staff directory)")
    private String name;

    @Option(name = "--unit", description = "The applicant's unit (only without the staff directory)")
    private String unit;

    @Override
    public Object execute() {
        CardApplication a = badges.apply(new ApplicationInput(applicant, name, unit, reason));
        System.out.println("Application " + a.id() + " for " + a.applicant() + " " + a.applicantName() + " submitted");
        return null;
    }
}
