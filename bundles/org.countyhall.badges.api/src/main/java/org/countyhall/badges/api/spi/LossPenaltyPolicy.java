package org.countyhall.badges.api.spi;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The performance points a loss costs when no loss report preceded its finding (L569). Ours: 10 points, whatever
 * the loss. The service with the highest {@code service.ranking} decides (ours: -100).
 */
@ConsumerType
public interface LossPenaltyPolicy {

    /** Points (≥ 0) deducted for the holder's unreported loss found on {@code day}. */
    int points(String staffNumber, LocalDate day);
}
