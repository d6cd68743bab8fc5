package org.countyhall.staff.internal.rest;

import org.countyhall.testing.RestContract;
import org.junit.jupiter.api.Test;

class StaffOpenApiTest {

    @Test
    void everyCallHasASummaryAndATypedAnswer() {
        RestContract.assertDescribed("staff", StaffEndpoint.class);
    }
}
