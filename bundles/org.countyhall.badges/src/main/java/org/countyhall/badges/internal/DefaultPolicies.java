package org.countyhall.badges.internal;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.countyhall.badges.api.spi.CardEligibilityPolicy;
import org.countyhall.badges.api.spi.CardFee;
import org.countyhall.badges.api.spi.CardFeePolicy;
import org.countyhall.badges.api.spi.Eligibility;
import org.countyhall.badges.api.spi.EligibilityRequest;
import org.countyhall.badges.api.spi.FeeRequest;
import org.countyhall.badges.api.spi.LossPenaltyPolicy;

/** Our three policies over the plain rules, with the numbers of the live configuration. */
class DefaultPolicies implements CardEligibilityPolicy, CardFeePolicy, LossPenaltyPolicy {

    private final Supplier<BadgesConfig> config;

    DefaultPolicies(Supplier<BadgesConfig> config) {
        this.config = config;
    }

    @Override
    public Eligibility decide(EligibilityRequest request) {
        return EligibilityRule.decide(request);
    }

    @Override
    public CardFee fee(FeeRequest request) {
        return FeeSchedule.of(config.get()).fee(request);
    }

    @Override
    public int points(String staffNumber, LocalDate day) {
        return config.get().loss_unreportedPoints();
    }
}
