package org.countyhall.windows.api;

/** A window that nobody staffs at a given instant, and why (e.g. "A S001 on leave; B not assigned"). */
public record Uncovered(String number, String name, String reason) {
}
