package org.countyhall.badges.api;

/** One holder's fines booked in a month, net of reversals, for the unit that deducts them from salary (L577). */
public record FineRow(String unit, String holder, String holderName, int fines, long amountFen) {
}
