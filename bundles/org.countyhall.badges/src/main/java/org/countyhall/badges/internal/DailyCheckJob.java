package org.countyhall.badges.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.core.api.job.DailyTime;
import org.countyhall.core.api.job.PeriodicJob;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office's daily check of card use (L569): once a day across nodes (core's job claim), after the hall closes,
 * every unreported loss found becomes a LOSS_UNREPORTED event. Also {@code badges:daily-check --date} and
 * {@code job:run --date <day> badges.daily-card-check}.
 */
@Component(service = PeriodicJob.class, configurationPid = BadgesConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class DailyCheckJob implements PeriodicJob {

    static final String NAME = "badges.daily-card-check";
    static final LocalTime DEFAULT_TIME = LocalTime.of(17, 30);
    private static final Logger LOG = LoggerFactory.getLogger(DailyCheckJob.class);

    private final BadgeOffice badges;
    private final LocalTime at;

    // no @Modified: a new time re-registers the job, and core's scheduler reads cron() at registration
    @Activate
    public DailyCheckJob(@Reference BadgeOffice badges, BadgesConfig config) {
        this.badges = badges;
        this.at = checkTime(config.dailyCheck_time());
    }

    /** The configured time, or 17:30 with an error naming the key when it is not HH:mm (the check still runs). */
    static LocalTime checkTime(String configured) {
        return DailyTime.parse(configured, DEFAULT_TIME, problem -> LOG.error(
                "dailyCheck.time in {}.cfg: {}", BadgesConfig.PID, problem));
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
    public void run(LocalDate date) {
        int n = badges.dailyCheck(date).size();
        LOG.info("Daily card check of {}: {} unreported loss(es)", date, n);
    }
}
