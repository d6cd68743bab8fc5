package org.countyhall.windows.internal.rest;

import org.countyhall.testing.RestContract;
import org.junit.jupiter.api.Test;

class WindowsOpenApiTest {

    @Test
    void everyCallHasASummaryAndATypedAnswer() {
        RestContract.assertDescribed("windows", WindowsEndpoint.class);
    }
}
