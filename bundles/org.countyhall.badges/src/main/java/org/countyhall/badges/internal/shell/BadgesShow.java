package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.Card;
import org.countyhall.core.api.error.NotFoundException;

/** {@code badges:show}: one card in full. */
@Service
@Command(scope = "badges", name = "show", description = "Show one card, by number or chip UID")
public final class BadgesShow implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "card", required = true, description = "Card number or chip UID")
    @Completion(CardNumberCompleter.class)
    private String card;

    @Override
    public Object execute() {
        Card c = badges.card(card).orElseThrow(() -> new NotFoundException("No card " + card));
        System.out.println(Out.card(c));
        System.out.println("  basis " + c.basis() + ", " + c.reason() + " (card " + c.issuance() + " of the holder)"
                + (c.replaces() == null ? "" : ", replaces " + c.replaces()));
        System.out.println("  issued " + c.issuedAt() + ", last change " + c.changedAt() + ", version " + c.version()
                + (c.staffChecked() ? "" : ", staff directory not consulted"));
        return null;
    }
}
