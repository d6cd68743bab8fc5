package org.countyhall.core.internal.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.job.JobRunner.Outcome;
import org.countyhall.core.api.job.JobRunner.RunResult;
import org.countyhall.core.api.job.PeriodicJob;
import org.countyhall.core.api.privacy.Privacy;
import org.countyhall.core.internal.db.DataAccessException;
import org.countyhall.core.internal.db.Failures;
import org.countyhall.core.internal.db.Jdbc;

/**
 * Runs a job at most once per {@code (job, period)}: the run first inserts its claim row (primary key
 * JOB_NAME, PERIOD_KEY), so a second trigger on this or another node finds it taken. A failed run deletes its
 * claim so that it can be run again; a claim left RUNNING longer than the stale time (its node died mid-run)
 * is taken over by the next trigger.
 */
public final class JobClaims {

    private final Jdbc jdbc;
    private final Clock clock;
    private final String node;
    private final Duration staleAfter;

    public JobClaims(Jdbc jdbc, Clock clock, String node, Duration staleAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
        this.staleAfter = staleAfter;
    }

    public RunResult run(PeriodicJob job, LocalDate date) {
        LocalDate period = job.period().key(date);
        if (!claim(job.name(), period)) {
            return new RunResult(job.name(), period, Outcome.ALREADY_CLAIMED, "already run for " + period);
        }
        try {
            job.run(date);
        } catch (Exception e) {
            release(job.name(), period);
            // the message may quote a database error with row values: scrub it before it is shown or logged
            return new RunResult(job.name(), period, Outcome.FAILED,
                    e.getClass().getSimpleName() + ": " + Privacy.scrub(e.getMessage()));
        } catch (Error e) {
            release(job.name(), period);
            throw e;
        }
        jdbc.update("UPDATE CH_JOB_CLAIM SET OUTCOME = ?, FINISHED_AT = ? WHERE JOB_NAME = ? AND PERIOD_KEY = ?",
                Outcome.RAN.name(), clock.instant(), job.name(), period);
        return new RunResult(job.name(), period, Outcome.RAN, "ran on " + node);
    }

    /** The claims of a job, newest period first. */
    public List<String[]> history(String jobName, int limit) {
        return jdbc.page("SELECT PERIOD_KEY, NODE, OUTCOME, CLAIMED_AT, FINISHED_AT FROM CH_JOB_CLAIM WHERE JOB_NAME = ? "
                + "ORDER BY PERIOD_KEY DESC", 0, limit, rs -> new String[] {rs.getString(1), rs.getString(2),
                        rs.getString(3), String.valueOf(Jdbc.instant(rs, "CLAIMED_AT")),
                        String.valueOf(Jdbc.instant(rs, "FINISHED_AT"))},
                jobName);
    }

    private void release(String job, LocalDate period) {
        jdbc.update("DELETE FROM CH_JOB_CLAIM WHERE JOB_NAME = ? AND PERIOD_KEY = ?", job, period);
    }

    private boolean claim(String job, LocalDate period) {
        try {
            jdbc.update("INSERT INTO CH_JOB_CLAIM (JOB_NAME, PERIOD_KEY, NODE, CLAIMED_AT, OUTCOME) VALUES (?, ?, ?, ?, ?)",
                    job, period, node, clock.instant(), "RUNNING");
            return true;
        } catch (DataAccessException e) {
            if (Failures.classify(e) instanceof ConflictException) {
                return takeOverStale(job, period);
            }
            throw e;
        }
    }

    /** One atomic update: only one node can move a stale RUNNING claim to itself. */
    private boolean takeOverStale(String job, LocalDate period) {
        Instant now = clock.instant();
        return jdbc.update("UPDATE CH_JOB_CLAIM SET NODE = ?, CLAIMED_AT = ? WHERE JOB_NAME = ? AND PERIOD_KEY = ? "
                + "AND OUTCOME = 'RUNNING' AND CLAIMED_AT < ?", node, now, job, period, now.minus(staleAfter)) == 1;
    }
}
