package org.countyhall.badges.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the badges domain, PID {@code org.countyhall.badges} (etc/org.countyhall.badges.cfg), applied
 * live. The fee keys are read by our default fee policy; an integrator's higher-ranked policy replaces them.
 */
@ObjectClassDefinition(name = "CountyHall badges and access cards")
public @interface BadgesConfig {

    String PID = "org.countyhall.badges";

    @AttributeDefinition(description = "Printed card numbers: this prefix and six digits or more (C000042)")
    String card_numberPrefix() default "C";

    @AttributeDefinition(description = "Deposit of the first card, in fen (L559: 10 yuan)")
    long fee_depositFen() default 1000;

    @AttributeDefinition(description = "Fee (工本费) of the second card, after a loss or damage, in fen (L559: 20 yuan)")
    long fee_secondCardFen() default 2000;

    @AttributeDefinition(description = "Fee of every further card after a loss, in fen (L559: 50 yuan)")
    long fee_furtherAfterLossFen() default 5000;

    @AttributeDefinition(description = "Fee of a replacement for damage at any point, in fen (20 yuan)")
    long fee_damageFen() default 2000;

    @AttributeDefinition(description = "Fine for a card not handed in when its holder leaves the main building, in "
            + "fen, deducted from salary (L577: 100 yuan)")
    long fine_unreturnedFen() default 10000;

    @AttributeDefinition(description = "Performance points a loss costs when no loss report preceded its finding "
            + "(L569: 10)")
    int loss_unreportedPoints() default 10;

    @AttributeDefinition(description = "When, each day (HH:mm in the centre's zone), the daily check (L569) turns the "
            + "day's unreported losses into LOSS_UNREPORTED events (after the hall closes at 17:00, L43)")
    String dailyCheck_time() default "17:30";

    @AttributeDefinition(description = "Whether the public badges of a window's A and B staff are shown (unit, name, "
            + "photo; never the staff number, L285)")
    boolean posting_showBadges() default false;

    @AttributeDefinition(description = "How old, in seconds, a window's public badges may be when served")
    int posting_maxAgeSeconds() default 5;

    @AttributeDefinition(description = "How often, in seconds, door controllers are told to ask for the card list's "
            + "changes: a deactivation reaches a door within this (L565)")
    int door_pollSeconds() default 10;

    @AttributeDefinition(description = "A controller whose last sync is older than this, in seconds, is flagged "
            + "stale for the office")
    int door_syncStaleSeconds() default 60;
}
