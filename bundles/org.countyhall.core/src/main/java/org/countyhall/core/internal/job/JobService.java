package org.countyhall.core.internal.job;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.apache.karaf.scheduler.Scheduler;
import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.job.JobRunner;
import org.countyhall.core.api.job.PeriodicJob;
import org.countyhall.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules every {@link PeriodicJob} service on Karaf's scheduler and runs jobs on demand, each through its
 * {@code (job, period)} claim. The business date of a scheduled run is today in the centre's zone.
 */
@Component(service = {JobRunner.class, JobService.class}, immediate = true)
public final class JobService implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobService.class);
    private static final String PREFIX = "countyhall.";
    /** A claim still RUNNING after this long is from a node that died mid-run and may be taken over. */
    static final Duration STALE_AFTER = Duration.ofHours(6);

    private final Scheduler scheduler;
    private final Clock clock;
    private final JobClaims claims;
    private final Map<String, PeriodicJob> jobs = new ConcurrentHashMap<>();

    @Activate
    public JobService(@Reference Scheduler scheduler, @Reference Clock clock,
            @Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource ds,
            @Reference(target = "(domain=core)") Schema schema) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.claims = new JobClaims(new Jdbc(ds), clock, nodeName(), STALE_AFTER);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addJob(PeriodicJob job) {
        if (jobs.putIfAbsent(job.name(), job) != null) {
            LOG.error("A job named {} is already registered; {} ignored", job.name(), job.getClass().getName());
            return;
        }
        try {
            scheduler.schedule((Runnable) () -> {
                RunResult r = run(job.name(), LocalDate.now(clock));
                LOG.info("Job {} for {}: {} ({})", r.job(), r.period(), r.outcome(), r.message());
            }, scheduler.EXPR(job.cron()).name(PREFIX + job.name()).canRunConcurrently(false));
        } catch (Exception e) {
            jobs.remove(job.name());
            LOG.error("Cannot schedule job {} with cron '{}': {}", job.name(), job.cron(), e.getMessage());
        }
    }

    void removeJob(PeriodicJob job) {
        if (jobs.remove(job.name(), job)) {
            scheduler.unschedule(PREFIX + job.name());
        }
    }

    @Override
    public RunResult run(String jobName, LocalDate date) {
        PeriodicJob job = jobs.get(jobName);
        if (job == null) {
            return new RunResult(jobName, date, Outcome.UNKNOWN_JOB, "no job named " + jobName);
        }
        return claims.run(job, date);
    }

    @Override
    public List<String> jobs() {
        return new ArrayList<>(new TreeMap<>(jobs).keySet());
    }

    /** The registered jobs with their cron expressions. */
    public Map<String, PeriodicJob> registered() {
        return new TreeMap<>(jobs);
    }

    public JobClaims claims() {
        return claims;
    }

    private static String nodeName() {
        String name = System.getProperty("karaf.name", "karaf");
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + name;
        } catch (Exception e) {
            return name;
        }
    }
}
