package org.countyhall.badges.internal;

import java.util.concurrent.atomic.AtomicReference;

import org.countyhall.badges.api.spi.CardEligibilityPolicy;
import org.countyhall.badges.api.spi.CardFeePolicy;
import org.countyhall.badges.api.spi.LossPenaltyPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/**
 * Registers our policies at {@code service.ranking} -100, so that an integrator's bundle at any higher ranking
 * replaces one of them (DS rebinds the card desk greedily) and removing it brings ours back.
 */
@Component(service = {CardEligibilityPolicy.class, CardFeePolicy.class, LossPenaltyPolicy.class},
        configurationPid = BadgesConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = "service.ranking:Integer=-100")
public final class DefaultPoliciesComponent extends DefaultPolicies {

    private final AtomicReference<BadgesConfig> config;

    @Activate
    public DefaultPoliciesComponent(BadgesConfig config) {
        this(new AtomicReference<>(config));
    }

    private DefaultPoliciesComponent(AtomicReference<BadgesConfig> config) {
        super(config::get);
        this.config = config;
    }

    @Modified
    void modified(BadgesConfig config) {
        this.config.set(config);
    }
}
