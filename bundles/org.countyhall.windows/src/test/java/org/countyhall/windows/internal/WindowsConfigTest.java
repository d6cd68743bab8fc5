package org.countyhall.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.countyhall.testing.ShippedConfig;
import org.junit.jupiter.api.Test;

class WindowsConfigTest {

    @Test
    void theShippedFileStatesEveryKeyAtTheDefaultOfTheConfigurationClass() throws IOException {
        ShippedConfig.assertDefaults(WindowsConfig.class, ShippedConfig.file("org.countyhall.windows.cfg"), "");
    }

    @Test
    void withoutConfigurationLeaveOfMoreThanOneWorkingDayNeedsASubstituteL845() {
        WindowsConfig none = ShippedConfig.defaults(WindowsConfig.class, Map.of());
        assertEquals(1, none.leave_maxDaysWithoutSubstitute());
        assertEquals(366, none.leave_maxDays());
        assertEquals(5, none.posting_maxAgeSeconds());
    }
}
