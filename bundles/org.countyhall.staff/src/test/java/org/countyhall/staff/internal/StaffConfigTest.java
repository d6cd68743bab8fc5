package org.countyhall.staff.internal;

import java.io.IOException;

import org.countyhall.testing.ShippedConfig;
import org.junit.jupiter.api.Test;

class StaffConfigTest {

    @Test
    void theShippedFileStatesEveryKeyAtTheDefaultOfTheConfigurationClass() throws IOException {
        ShippedConfig.assertDefaults(StaffConfig.class, ShippedConfig.file("org.countyhall.staff.cfg"), "");
    }
}
