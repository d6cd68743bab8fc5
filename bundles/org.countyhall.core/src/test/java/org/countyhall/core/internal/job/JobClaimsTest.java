package org.countyhall.core.internal.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.countyhall.core.api.job.JobRunner.Outcome;
import org.countyhall.core.api.job.JobRunner.RunResult;
import org.countyhall.core.api.job.PeriodicJob;
import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.db.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A periodic job runs at most once per (job, period), even when two nodes race; a failed run can be retried. */
class JobClaimsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T00:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    private static final java.time.Duration STALE = java.time.Duration.ofHours(6);

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private JobClaims claims;


    @BeforeEach
    void setUp() {
        claims = new JobClaims(new Jdbc(db.dataSource()), CLOCK, "node-a", STALE);
    }

    @Test
    void dailyJobRunsOncePerDate() {
        CountingJob job = new CountingJob("badges.daily-check", PeriodicJob.Period.DAY);
        LocalDate day = LocalDate.of(2026, 11, 27);

        RunResult first = claims.run(job, day);
        RunResult second = claims.run(job, day);

        assertEquals(new RunResult("badges.daily-check", day, Outcome.RAN, "ran on node-a"), first);
        assertEquals(new RunResult("badges.daily-check", day, Outcome.ALREADY_CLAIMED, "already run for 2026-11-27"),
                second);
        assertEquals(List.of(day), job.ranFor);
        assertEquals(Outcome.RAN, claims.run(job, day.plusDays(1)).outcome(), "the next day is a new period");
        assertEquals(List.of(day, day.plusDays(1)), job.ranFor);
    }

    @Test
    void monthlyJobRunsOncePerMonth() {
        CountingJob job = new CountingJob("finance.monthly-close", PeriodicJob.Period.MONTH);
        LocalDate november = LocalDate.of(2026, 11, 1);

        RunResult early = claims.run(job, LocalDate.of(2026, 11, 3));
        RunResult late = claims.run(job, LocalDate.of(2026, 11, 27));
        RunResult december = claims.run(job, LocalDate.of(2026, 12, 1));

        assertEquals(new RunResult("finance.monthly-close", november, Outcome.RAN, "ran on node-a"), early);
        assertEquals(new RunResult("finance.monthly-close", november, Outcome.ALREADY_CLAIMED,
                "already run for 2026-11-01"), late);
        assertEquals(new RunResult("finance.monthly-close", LocalDate.of(2026, 12, 1), Outcome.RAN, "ran on node-a"),
                december);
        assertEquals(List.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 1)), job.ranFor);
    }

    @Test
    void successfulRunIsRecordedInHistory() {
        claims.run(new CountingJob("badges.daily-check", PeriodicJob.Period.DAY), LocalDate.of(2026, 11, 27));

        List<String[]> history = claims.history("badges.daily-check", 10);

        assertEquals(1, history.size());
        assertArrayEquals(new String[] {"2026-11-27", "node-a", "RAN", "2026-11-27T00:30:00Z", "2026-11-27T00:30:00Z"},
                history.get(0));
    }

    @Test
    void failedRunReleasesItsClaimSoARerunRuns() {
        CountingJob job = new CountingJob("badges.daily-check", PeriodicJob.Period.DAY);
        job.failuresLeft = 1;
        LocalDate day = LocalDate.of(2026, 11, 27);

        RunResult failed = claims.run(job, day);

        assertEquals(new RunResult("badges.daily-check", day, Outcome.FAILED, "IllegalStateException: printer offline"),
                failed);
        assertEquals(0, db.committedRows("CH_JOB_CLAIM"));

        RunResult rerun = claims.run(job, day);

        assertEquals(Outcome.RAN, rerun.outcome());
        assertEquals(List.of(day, day), job.ranFor, "the body was entered twice: once failing, once succeeding");
        assertEquals("RAN", claims.history("badges.daily-check", 10).get(0)[2]);
    }

    @Test
    void twoNodesClaimingTheSamePeriodAtOnceRunItOnce() throws Exception {
        CountingJob job = new CountingJob("badges.daily-check", PeriodicJob.Period.DAY);
        LocalDate day = LocalDate.of(2026, 11, 27);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RunResult>> results = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                JobClaims own = new JobClaims(new Jdbc(db.dataSource()), CLOCK, node, STALE);
                results.add(pool.submit(() -> {
                    start.await();
                    return own.run(job, day);
                }));
            }
            start.countDown();

            List<Outcome> outcomes = new ArrayList<>();
            for (Future<RunResult> r : results) {
                outcomes.add(r.get(30, TimeUnit.SECONDS).outcome());
            }
            outcomes.sort(null);
            assertEquals(List.of(Outcome.RAN, Outcome.ALREADY_CLAIMED), outcomes);
            assertEquals(List.of(day), job.ranFor);
            assertEquals(1, db.committedRows("CH_JOB_CLAIM"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClaimLeftRunningByADeadNodeIsTakenOverOnlyWhenStale() {
        CountingJob job = new CountingJob("ledger.month-end", PeriodicJob.Period.MONTH);
        LocalDate day = LocalDate.of(2026, 11, 27);
        // node-b claimed the period 5 hours ago and died before finishing
        new Jdbc(db.dataSource()).update("INSERT INTO CH_JOB_CLAIM (JOB_NAME, PERIOD_KEY, NODE, CLAIMED_AT, OUTCOME) "
                + "VALUES (?, ?, ?, ?, ?)", job.name(), LocalDate.of(2026, 11, 1), "node-b",
                NOW.minus(java.time.Duration.ofHours(5)), "RUNNING");
        assertEquals(Outcome.ALREADY_CLAIMED, claims.run(job, day).outcome());
        assertEquals(0, job.ranFor.size());

        JobClaims sevenHoursLater = new JobClaims(new Jdbc(db.dataSource()),
                Clock.offset(CLOCK, java.time.Duration.ofHours(2)), "node-a", STALE);
        assertEquals(Outcome.RAN, sevenHoursLater.run(job, day).outcome());
        assertEquals(1, job.ranFor.size());
        assertEquals(Outcome.ALREADY_CLAIMED, sevenHoursLater.run(job, day).outcome(), "a finished claim is never taken over");
        assertEquals(1, job.ranFor.size());
    }

    /** Records the dates it ran for; fails while {@code failuresLeft} is positive. */
    private static final class CountingJob implements PeriodicJob {

        final List<LocalDate> ranFor = Collections.synchronizedList(new ArrayList<>());
        volatile int failuresLeft;
        private final String name;
        private final Period period;

        CountingJob(String name, Period period) {
            this.name = name;
            this.period = period;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String cron() {
            return "0 30 7 * * ?";
        }

        @Override
        public Period period() {
            return period;
        }

        @Override
        public void run(LocalDate date) {
            ranFor.add(date);
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("printer offline");
            }
        }
    }
}
