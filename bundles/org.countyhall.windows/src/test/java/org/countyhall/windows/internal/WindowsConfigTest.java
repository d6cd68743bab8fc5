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
    void theSettingsWithoutConfigurationAreTheClassDefaultsL845() {
        assertEquals(WindowsSettings.DEFAULTS, WindowsSettings.of(ShippedConfig.defaults(WindowsConfig.class,
                Map.of())));
        assertEquals(1, WindowsSettings.DEFAULTS.leaveMaxDaysWithoutSubstitute()); // L845: more than one day needs 补岗
        assertEquals(3, WindowsSettings.of(ShippedConfig.defaults(WindowsConfig.class,
                Map.of("leave_maxDaysWithoutSubstitute", 3))).leaveMaxDaysWithoutSubstitute());
    }
}
