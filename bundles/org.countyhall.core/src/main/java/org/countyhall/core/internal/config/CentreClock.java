package org.countyhall.core.internal.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/**
 * The {@link Clock} service every CountyHall component takes its time from: system time in the centre's zone
 * ({@code zone} of PID org.countyhall.core, applied live). Rules take a Clock, so tests pass a fixed one.
 */
@Component(service = Clock.class, configurationPid = CoreConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class CentreClock extends Clock {

    private volatile ZoneId zone;

    @Activate
    public CentreClock(CoreConfig config) {
        modified(config);
    }

    @Modified
    void modified(CoreConfig config) {
        zone = ZoneId.of(config.zone());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
