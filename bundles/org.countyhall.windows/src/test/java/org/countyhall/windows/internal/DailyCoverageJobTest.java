package org.countyhall.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.Map;

import org.countyhall.testing.ShippedConfig;

import org.junit.jupiter.api.Test;

class DailyCoverageJobTest {

    @Test
    void theCheckRunsAtTheConfiguredTimeBeforeTheHallOpensL43() {
        assertEquals(LocalTime.of(8, 0), DailyCoverageJob.checkTime("08:00"));
        assertEquals(LocalTime.of(7, 45), DailyCoverageJob.checkTime(" 07:45 "));
    }

    @Test
    void theScheduleIsTheConfiguredMinuteOfEveryDay() {
        DailyCoverageJob job = new DailyCoverageJob(null, null, null, ShippedConfig.defaults(WindowsConfig.class,
                Map.of("coverage_dailyCheckTime", "07:45")));
        assertEquals("0 45 7 * * ?", job.cron());
        assertEquals("0 0 8 * * ?", new DailyCoverageJob(null, null, null, ShippedConfig.defaults(WindowsConfig.class,
                Map.of())).cron());
    }

    @Test
    void aTimeThatIsNotHhMmFallsBackToEightOClock() {
        assertEquals(LocalTime.of(8, 0), DailyCoverageJob.checkTime("8am"));
        assertEquals(LocalTime.of(8, 0), DailyCoverageJob.checkTime("25:00"));
    }
}
