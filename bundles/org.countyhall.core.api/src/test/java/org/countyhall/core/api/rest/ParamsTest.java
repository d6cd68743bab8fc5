package org.countyhall.core.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void parsesInstantsWithTheirOffset() {
        assertEquals(Instant.parse("2026-11-27T00:30:00Z"), Params.instant("at", "2026-11-27T08:30:00+08:00"));
        assertNull(Params.optionalInstant("from", ""));
    }

    @Test
    void refusesMissingMalformedAndFarAwayValuesNamingTheField() {
        assertEquals("at", assertThrows(ValidationException.class, () -> Params.instant("at", null)).errors().get(0).field());
        assertThrows(ValidationException.class, () -> Params.instant("at", "2026-11-27 08:30"));
        assertThrows(ValidationException.class, () -> Params.instant("at", "+999999999-12-31T20:00:00+08:00"));
        assertThrows(ValidationException.class, () -> Params.date("from", "1899-12-31"));
        assertThrows(ValidationException.class, () -> Params.date("from", "yesterday"));
        assertEquals(LocalDate.of(2200, 12, 31), Params.date("from", "2200-12-31"));
    }

    @Test
    void bodiesVersionsAndKeysOfWrites() {
        assertEquals("x", Params.body("x"));
        assertEquals("(body)", assertThrows(ValidationException.class, () -> Params.body(null)).errors().get(0).field());
        Params.noVersion(null);
        assertEquals(new FieldError("version", "not allowed when creating"),
                assertThrows(ValidationException.class, () -> Params.noVersion(3L)).errors().get(0));
        assertEquals(3L, Params.version(3L));
        assertEquals(new FieldError("version", "required: the version you read"),
                assertThrows(ValidationException.class, () -> Params.version(null)).errors().get(0));
        Params.sameKey("number", null, "S0001");
        Params.sameKey("number", " s0001 ", "S0001");
        assertEquals(new FieldError("number", "cannot change; omit it or repeat S0001"), assertThrows(ValidationException.class,
                () -> Params.sameKey("number", "S0002", "S0001")).errors().get(0));
    }
}
