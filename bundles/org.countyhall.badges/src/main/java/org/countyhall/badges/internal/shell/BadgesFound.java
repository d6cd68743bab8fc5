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

/** {@code badges:found}. */
@Service
@Command(scope = "badges", name = "found", description = "A lost card handed back to the office (FOUND, or REVOKED when replaced)")
public final class BadgesFound implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "card", required = true, description = "Card number or chip UID")
    @Completion(CardNumberCompleter.class)
    private String card;

    @Override
    public Object execute() {
        Card c = badges.found(card);
        System.out.println(Out.card(c) + " (handed back)");
        return null;
    }
}
