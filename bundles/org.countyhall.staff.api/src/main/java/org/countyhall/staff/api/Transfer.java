package org.countyhall.staff.api;

import java.time.LocalDate;

/**
 * A transfer (调动) request: the person stays in the directory, active, in another department and/or building from
 * {@code on} ({@code null} = today). Like a departure it needs a reason, may be vetoed by other bundles (windows:
 * posts at windows of the old department; badges: a card of the main building), and the office may override the
 * vetoes with a reason of its own. {@code toBuilding} null keeps the person's building.
 */
public record Transfer(LocalDate on, String toDepartment, Building toBuilding, String reason, boolean force,
        String forceReason) {
}
