package org.countyhall.core.api.job;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service for a daily or monthly job. Core schedules it on Karaf's scheduler in the centre's zone
 * and runs it at most once per {@code (name, period)} across all nodes: a run first claims its row.
 */
@ConsumerType
public interface PeriodicJob {

    /** Unique job name, e.g. {@code badges.daily-card-check}. */
    String name();

    /** Quartz cron expression in the centre's zone, e.g. {@code 0 30 7 * * ?}. */
    String cron();

    /** Whether the period is a day or a month; the claim key is the day, or the first day of the month. */
    Period period();

    /** Does the work for the period that contains {@code date} (a business date in the centre's zone). */
    void run(LocalDate date) throws Exception;

    /** Length of one period. */
    enum Period {
        DAY, MONTH;

        /** The key of the period containing {@code date}. */
        public LocalDate key(LocalDate date) {
            return this == DAY ? date : date.withDayOfMonth(1);
        }
    }
}
