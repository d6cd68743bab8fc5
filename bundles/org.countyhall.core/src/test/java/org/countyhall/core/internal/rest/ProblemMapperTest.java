package org.countyhall.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.BadRequestException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.internal.db.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every failure becomes a problem document with the right status; only an unexpected one is a 500. */
class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();
    private final ObjectMapper json = Json.mapper();

    /** A request body with one int field. */
    record Body(int a) {
    }

    @Test
    void validationExceptionIs400WithItsFieldErrors() {
        List<FieldError> errors = List.of(new FieldError("name", "required"), new FieldError("phone", "11 digits"));

        Problem p = mapper.problemOf(new ValidationException(errors));

        assertEquals(new Problem("urn:countyhall:problem:invalid-input", "Invalid input", 400,
                "Invalid input: name: required; phone: 11 digits", errors), p);
    }

    @Test
    void aParameterThatCannotBeConvertedIs400NotTheJaxRs404() {
        Problem p = mapper.problemOf(new javax.ws.rs.ClientErrorException(404,
                new NumberFormatException("For input string: \"ten\"")));
        assertEquals(400, p.status());
        assertEquals("urn:countyhall:problem:invalid-input", p.type());
        assertEquals(404, mapper.problemOf(new javax.ws.rs.NotFoundException()).status());
    }

    @Test
    void aLockedAccountIs429AccountLocked() {
        Problem p = mapper.problemOf(new AuthFilter.AccountLocked());
        assertEquals(429, p.status());
        assertEquals("urn:countyhall:problem:account-locked", p.type());
        assertEquals("Account locked", p.title());
    }

    @Test
    void notFoundExceptionIs404() {
        Problem p = mapper.problemOf(new NotFoundException("No permit 7"));

        assertEquals(new Problem("urn:countyhall:problem:not-found", "Not found", 404, "No permit 7", List.of()), p);
    }

    @Test
    void uniqueViolationIs409Duplicate() {
        Problem p = mapper.problemOf(new DataAccessException(new SQLException("dup", "23505")));

        assertEquals(new Problem("urn:countyhall:problem:duplicate", "Conflict", 409,
                "A record with the same key already exists.", List.of()), p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40XL1"})
    void deadlockOrLockTimeoutIs503(String sqlState) {
        Problem p = mapper.problemOf(new DataAccessException(new SQLException("busy", sqlState)));

        assertEquals(new Problem("urn:countyhall:problem:busy", "Service unavailable", 503,
                "The database is busy; try again in a moment.", List.of()), p);
    }

    @Test
    void unknownJsonFieldIs400NamingTheField() {
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
                () -> json.readValue("{\"a\":1,\"zzz\":2}", Body.class));

        Problem p = mapper.problemOf(e);

        assertEquals(new Problem("urn:countyhall:problem:invalid-input", "Invalid input", 400, "Unknown field",
                List.of(new FieldError("zzz", "unknown field"))), p);
    }

    @Test
    void malformedJsonIs400MalformedJson() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> json.readValue("{\"a\":", Body.class));

        Problem p = mapper.problemOf(e);

        assertEquals("urn:countyhall:problem:malformed-json", p.type());
        assertEquals("Malformed JSON", p.title());
        assertEquals(400, p.status());
        assertEquals("The body is not valid JSON at line 1, column 6", p.detail());
        assertEquals(List.of(), p.errors());
    }

    @Test
    void wrongJsonTypeIs400NamingTheField() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> json.readValue("{\"a\":\"x\"}", Body.class));

        Problem p = mapper.problemOf(e);

        assertEquals(new Problem("urn:countyhall:problem:invalid-input", "Invalid input", 400,
                "A field has the wrong type or format", List.of(new FieldError("a", "wrong type or format"))), p);
    }

    @Test
    void payloadTooLargeAnywhereInTheCauseChainIs413() {
        BadRequestException wrapped = new BadRequestException("cannot read body",
                new IllegalStateException("reader failed", new PayloadTooLargeException(1_048_576)));

        Problem p = mapper.problemOf(wrapped);

        assertEquals(new Problem("urn:countyhall:problem:payload-too-large", "Request body too large", 413,
                "request body larger than 1048576 bytes", List.of()), p);
    }

    @Test
    void unexpectedFailureIs500WithAnIncidentIdAndNoPersonalData() {
        Problem p = mapper.problemOf(new IllegalStateException("boom 13812345678"));

        assertEquals(500, p.status());
        assertEquals("urn:countyhall:problem:internal-error", p.type());
        assertEquals("Internal error", p.title());
        assertTrue(p.detail().matches("Unexpected error; incident [0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"),
                p.detail());
        assertFalse(p.detail().contains("13812345678"), p.detail());
        assertEquals(List.of(), p.errors());
    }

    @Test
    void titlesAreChineseForChineseReadersAndEnglishOtherwise() {
        Locale zhCn = Locale.forLanguageTag("zh-CN");

        assertEquals("未找到", Titles.of("not-found", 404, List.of(zhCn)));
        assertEquals("冲突", Titles.of("duplicate-window-number", 409, List.of(zhCn)), "a domain code uses its status");
        assertEquals("Not found", Titles.of("not-found", 404, List.of()));
        assertEquals("Not found", Titles.of("not-found", 404, List.of(Locale.forLanguageTag("en-US"), zhCn)));
        assertEquals("Not found", Titles.of("not-found", 404, List.of(Locale.forLanguageTag("fr-FR"))));
        assertEquals("Conflict", Titles.of("duplicate-window-number", 409, List.of(Locale.forLanguageTag("de"))));
    }

    @Test
    void causeChainWithACycleStillAnswers500() {
        IllegalStateException outer = new IllegalStateException("outer");
        IllegalArgumentException inner = new IllegalArgumentException("inner", outer);
        outer.initCause(inner);

        Problem p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> mapper.problemOf(outer));

        assertEquals(500, p.status());
    }
}
