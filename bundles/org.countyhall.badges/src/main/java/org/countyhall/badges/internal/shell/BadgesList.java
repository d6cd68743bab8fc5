package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.Card;
import org.countyhall.badges.api.CardQuery;
import org.countyhall.badges.api.CardState;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.shell.ListCommand;

/** {@code badges:list}: cards, newest first. */
@Service
@Command(scope = "badges", name = "list", description = "List access cards, optionally filtered")
public final class BadgesList extends ListCommand<Card> {

    @Reference
    private BadgeOffice badges;

    @Option(name = "--holder", description = "Only this holder's cards")
    private String holder;

    @Option(name = "--state", description = "ACTIVE, LOST, FOUND, RETURNED, DAMAGED or REVOKED")
    private CardState state;

    @Option(name = "--unit", description = "Only holders of this unit")
    private String unit;

    public BadgesList() {
        super("Number", "Chip", "Holder", "Name", "Unit", "State", "Reason", "Card", "Issued");
    }

    @Override
    protected Page<Card> page(PageRequest page) {
        return badges.cards(new CardQuery(holder, state, unit), page);
    }

    @Override
    protected Object[] row(Card c) {
        return new Object[] {c.number(), c.chipUid(), c.holder(), c.holderName(), c.unit(), c.state(), c.reason(),
            c.issuance(), c.issuedAt()};
    }
}
