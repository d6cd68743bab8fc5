package org.countyhall.badges.internal;

import java.util.List;

import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.Card;
import org.countyhall.badges.api.CardState;
import org.countyhall.staff.api.spi.DepartureCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Vetoes a departure while the person still owes a card (L593: 否则不予办理离职手续): an active one must be handed in
 * at the office first; a lost one cannot be, so the office forces the departure and the fine follows (L577).
 */
@Component(service = DepartureCheck.class)
public final class BadgesDepartureCheck implements DepartureCheck {

    private final BadgeOffice badges;

    @Activate
    public BadgesDepartureCheck(@Reference BadgeOffice badges) {
        this.badges = badges;
    }

    @Override
    public String name() {
        return "badges";
    }

    @Override
    public List<String> vetoes(String staffNumber) {
        return vetoes(badges.owed(staffNumber, false));
    }

    static List<String> vetoes(List<Card> owed) {
        return owed.stream().map(c -> c.state() == CardState.LOST
                ? "card " + c.number() + " is reported lost and not handed in: forcing the departure books the "
                        + "fine for an unreturned card (L577)"
                : "card " + c.number() + " is not handed in: hand it in at the management office (L593)").toList();
    }
}
