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

/** {@code badges:hand-in}: the holder hands a card in (leaving the main building, or damaged). */
@Service
@Command(scope = "badges", name = "hand-in", description = "A card handed in: returned (the deposit refunded with the last card) or --damaged")
public final class BadgesHandIn implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "card", required = true, description = "Card number or chip UID")
    @Completion(CardNumberCompleter.class)
    private String card;

    @Option(name = "--damaged", description = "The card is damaged (a replacement for damage follows; no refund)")
    private boolean damaged;

    @Override
    public Object execute() {
        Card c = badges.hand(card, damaged);
        System.out.println(Out.card(c));
        return null;
    }
}
