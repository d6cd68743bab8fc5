package org.countyhall.staff.api;

/** One objection to a departure: which check raised it (e.g. {@code windows}) and why, in words for the office. */
public record Veto(String check, String reason) {
}
