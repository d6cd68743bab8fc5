package org.countyhall.core.internal.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How long audit records are kept: {@code audit.retentionDays}, 0 for ever (the default), and never fewer than 180
 * days (网络安全法 art. 21: network logs kept at least six months). Plain Java.
 */
public final class AuditRetention {

    public static final int MINIMUM_DAYS = 180;

    private AuditRetention() {
    }

    /** The days kept for a configured value: 0 (or less) for ever, else at least {@link #MINIMUM_DAYS}. */
    public static int effectiveDays(int configured) {
        return configured <= 0 ? 0 : Math.max(MINIMUM_DAYS, configured);
    }

    /** Records before this instant may go on {@code date}: the start of the day {@code days} before, in the zone. */
    public static Optional<Instant> cutoff(LocalDate date, int configuredDays, ZoneId zone) {
        int days = effectiveDays(configuredDays);
        return days == 0 ? Optional.empty() : Optional.of(date.minusDays(days).atStartOfDay(zone).toInstant());
    }
}
