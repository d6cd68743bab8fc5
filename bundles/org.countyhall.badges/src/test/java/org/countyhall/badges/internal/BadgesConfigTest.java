package org.countyhall.badges.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalTime;

import org.countyhall.testing.ShippedConfig;
import org.junit.jupiter.api.Test;

class BadgesConfigTest {

    @Test
    void theShippedFileStatesEveryKeyAtTheDefaultOfTheConfigurationClass() throws IOException {
        ShippedConfig.assertDefaults(BadgesConfig.class, ShippedConfig.file("org.countyhall.badges.cfg"), "");
    }

    @Test
    void aDailyCheckTimeThatIsNotHhMmFallsBackTo1730() {
        assertEquals(LocalTime.of(18, 5), DailyCheckJob.checkTime(" 18:05 "));
        assertEquals(LocalTime.of(17, 30), DailyCheckJob.checkTime("6pm"));
    }
}
