package org.countyhall.badges.api;

/** A new door: its id (1–20 letters, digits or dashes, a letter first; stored upper case), its location, and its controller's username (optional). */
public record DoorInput(String doorId, String location, String controller) {
}
