package org.countyhall.badges.api.spi;

import org.countyhall.staff.api.Building;

/**
 * What an eligibility decision knows: the holder's staff number and building ({@code directoryConsulted} false when
 * the staff directory is not installed and the office stated it), and whether an approved, unused application by
 * the holder's department head names them.
 */
public record EligibilityRequest(String staffNumber, Building building, boolean directoryConsulted,
        boolean approvedApplication) {
}
