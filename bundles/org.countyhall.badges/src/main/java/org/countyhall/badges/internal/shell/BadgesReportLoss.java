package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.Card;

/** {@code badges:report-loss}: the office, or window staff for their own card. */
@Service
@Command(scope = "badges", name = "report-loss", description = "Report a card lost (挂失, L565): deactivated at once")
public final class BadgesReportLoss implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "card", required = true, description = "Card number or chip UID")
    @Completion(CardNumberCompleter.class)
    private String card;

    @Override
    public Object execute() {
        Card c = badges.reportLoss(card);
        System.out.println(Out.card(c) + " (reported lost, deactivated)");
        return null;
    }
}
