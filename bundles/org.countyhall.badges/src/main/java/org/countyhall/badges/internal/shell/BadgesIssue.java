package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.IssueRequest;
import org.countyhall.badges.api.Issued;
import org.countyhall.staff.api.Building;

/** {@code badges:issue}: issue a card; the deposit and fee are booked in the holder's account. */
@Service
@Command(scope = "badges", name = "issue", description = "Issue an access card (eligibility and fee by policy, L555-L559)")
public final class BadgesIssue implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "holder", required = true, description = "The holder's staff number")
    private String holder;

    @Argument(index = 1, name = "chip", required = true, description = "The chip's UID, in hex, as the reader shows it")
    private String chip;

    @Option(name = "--name", description = "The holder's name (only without the staff directory)")
    private String name;

    @Option(name = "--unit", description = "The holder's unit (only without the staff directory)")
    private String unit;

    @Option(name = "--building", description = "MAIN or OTHER (only without the staff directory)")
    private Building building;

    @Override
    public Object execute() {
        Issued i = badges.issue(new IssueRequest(holder, chip, name, unit, building));
        System.out.println(Out.card(i.card()) + ", " + i.card().reason() + " (card " + i.card().issuance() + ")");
        System.out.println("Deposit " + Out.yuan(i.depositFen()) + ", fee " + Out.yuan(i.feeFen()) + " yuan: "
                + i.feeRule());
        i.notes().forEach(n -> System.out.println("Note: " + n));
        return null;
    }
}
