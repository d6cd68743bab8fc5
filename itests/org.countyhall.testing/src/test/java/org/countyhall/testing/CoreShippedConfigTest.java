package org.countyhall.testing;

import java.io.IOException;

import org.countyhall.core.internal.config.CoreConfig;
import org.junit.jupiter.api.Test;

/**
 * Core's shipped configuration against its class. Here rather than in core: core's tests cannot use this module,
 * which depends on core. (org.countyhall.smtp is not shipped: mail is off until the admin writes that file.)
 */
class CoreShippedConfigTest {

    @Test
    void theShippedCoreFileStatesEveryKeyAtItsDefault() throws IOException {
        ShippedConfig.assertDefaults(CoreConfig.class, ShippedConfig.file("org.countyhall.core.cfg"), "");
    }
}
