package org.countyhall.windows.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.job.DailyTime;
import org.countyhall.core.api.job.PeriodicJob;
import org.countyhall.windows.api.Uncovered;
import org.countyhall.windows.api.WindowEvents;
import org.countyhall.windows.api.WindowRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every morning before the hall opens, announces each window that will be unstaffed that day (A/B rule, L837:
 * a window is never unmanned during working hours), as an UNSTAFFED event, so the office learns of it before
 * citizens do. Runs once per day across nodes (core's job claim); {@code job:run windows.daily-coverage --date}.
 */
@Component(service = PeriodicJob.class, configurationPid = WindowsConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class DailyCoverageJob implements PeriodicJob {

    static final String NAME = "windows.daily-coverage";
    static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0); // half an hour before the hall opens (L43)
    private static final Logger LOG = LoggerFactory.getLogger(DailyCoverageJob.class);

    private final WindowRegistry windows;
    private final EventOutbox events;
    private final Transactions tx;
    private final LocalTime at;

    // no @Modified: a new time re-registers the job, and core's scheduler reads cron() at registration
    @Activate
    public DailyCoverageJob(@Reference WindowRegistry windows, @Reference EventOutbox events,
            @Reference Transactions tx, WindowsConfig config) {
        this.windows = windows;
        this.events = events;
        this.tx = tx;
        this.at = checkTime(config.coverage_dailyCheckTime());
    }

    /** The configured time, or 08:00 with an error naming the key when it is not HH:mm (the check still runs). */
    static LocalTime checkTime(String configured) {
        return DailyTime.parse(configured, DEFAULT_TIME, problem -> LOG.error(
                "coverage.dailyCheckTime in {}.cfg: {}", WindowsConfig.PID, problem));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cron() {
        return DailyTime.cron(at);
    }

    @Override
    public Period period() {
        return Period.DAY;
    }

    @Override
    public void run(LocalDate date) throws Exception {
        List<Uncovered> unstaffed = windows.unstaffedOn(date);
        tx.required(() -> {
            for (Uncovered u : unstaffed) {
                events.append(WindowEvents.UNSTAFFED, Map.of("windowNumber", u.number(), "day", date.toString(),
                        "reason", u.reason()));
            }
            return null;
        });
        LOG.info("Coverage on {}: {} window(s) will be unstaffed", date, unstaffed.size());
    }
}
