package org.countyhall.staff.api;

import java.time.LocalDate;

/**
 * A departure request: the last working day ({@code null} = today), why the person leaves, and whether the
 * office overrides the vetoes of other bundles, which then needs its own reason ({@code forceReason}).
 */
public record Departure(LocalDate leftOn, String reason, boolean force, String forceReason) {
}
