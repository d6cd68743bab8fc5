package org.countyhall.badges.api;

/** A department head's application: the applicant's staff number, name and unit, and why they need a card. */
public record ApplicationInput(String applicant, String applicantName, String unit, String reason) {
}
