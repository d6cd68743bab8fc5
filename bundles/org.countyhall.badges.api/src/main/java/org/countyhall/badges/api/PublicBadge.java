package org.countyhall.badges.api;

/**
 * A badge (工作牌, L285) as a window's public posting shows it: the post (A or B), the dispatching unit, the name
 * and whether a photo can be fetched — never the staff number.
 */
public record PublicBadge(String post, String unit, String name, boolean photo) {
}
