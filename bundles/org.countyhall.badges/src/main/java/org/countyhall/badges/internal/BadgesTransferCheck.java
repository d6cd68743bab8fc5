package org.countyhall.badges.internal;

import java.util.List;

import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.spi.TransferCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Vetoes a transfer out of the main building (调动, L575) while the person owes a card issued for working there; a
 * card issued on a department head's application stays valid, and a move within the main building needs nothing.
 */
@Component(service = TransferCheck.class)
public final class BadgesTransferCheck implements TransferCheck {

    private final BadgeOffice badges;

    @Activate
    public BadgesTransferCheck(@Reference BadgeOffice badges) {
        this.badges = badges;
    }

    @Override
    public String name() {
        return "badges";
    }

    @Override
    public List<String> vetoes(String staffNumber, String toDepartment, Building toBuilding) {
        if (toBuilding != Building.OTHER) {
            return List.of();
        }
        return BadgesDepartureCheck.vetoes(badges.owed(staffNumber, true));
    }
}
