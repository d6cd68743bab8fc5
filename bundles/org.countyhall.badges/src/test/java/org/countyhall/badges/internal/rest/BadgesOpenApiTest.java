package org.countyhall.badges.internal.rest;

import org.countyhall.testing.RestContract;
import org.junit.jupiter.api.Test;

class BadgesOpenApiTest {

    @Test
    void everyCallHasASummaryAndATypedAnswer() {
        RestContract.assertDescribed("badges", BadgesEndpoint.class);
    }
}
