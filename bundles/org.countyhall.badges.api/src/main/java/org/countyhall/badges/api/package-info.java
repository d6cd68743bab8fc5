/**
 * Badges and access cards (工作牌 / 门禁卡, domain §4, L555–L593): the {@link org.countyhall.badges.api.BadgeOffice}
 * service, its records and event topics.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.countyhall.badges.api;
