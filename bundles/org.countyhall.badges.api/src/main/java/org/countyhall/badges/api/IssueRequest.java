package org.countyhall.badges.api;

import org.countyhall.staff.api.Building;

/**
 * An issuance: the holder's staff number and the new card's chip UID (as the reader shows it, hex). With the staff
 * directory installed, name, unit and building come from it and these fields are ignored; without it the office
 * states them, and the card records that the directory was not consulted.
 */
public record IssueRequest(String holder, String chipUid, String name, String unit, Building building) {
}
