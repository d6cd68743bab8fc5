package org.countyhall.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.countyhall.core.internal.rest.OpenApi;

/**
 * What every domain's REST resources owe a client generated from their OpenAPI document, checked on core's own
 * generator in a unit test (CI also lints the served documents with redocly): each operation has a summary and a
 * typed 2xx answer, which a method returning {@code Response} declares with {@code @ApiResponse} or
 * {@code @PageOf}.
 */
public final class RestContract {

    private RestContract() {
    }

    public static void assertDescribed(String path, Class<?>... resources) {
        assertEquals(List.of(), OpenApi.gaps(OpenApi.document(path, List.of(resources), "0")),
                "operations a generated client could not type or name");
    }
}
