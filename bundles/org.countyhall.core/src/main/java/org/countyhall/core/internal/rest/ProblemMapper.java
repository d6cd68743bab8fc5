package org.countyhall.core.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.countyhall.core.api.error.DomainException;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.privacy.Privacy;
import org.countyhall.core.internal.db.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into {@code application/problem+json}; only a bug of ours answers 500. */
public final class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable t) {
        Problem p = problemOf(t);
        Response.ResponseBuilder r = Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p);
        if (p.status() == 401) {
            r.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"CountyHall\", charset=\"UTF-8\"");
        }
        if (t instanceof AuthFilter.LoginRefused refused) {
            r.header(HttpHeaders.RETRY_AFTER, refused.retryAfterSeconds);
        }
        return r.build();
    }

    Problem problemOf(Throwable t) {
        PayloadTooLargeException tooLarge = find(t, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return problem("payload-too-large", 413, tooLarge.getMessage(), List.of());
        }
        JsonProcessingException json = find(t, JsonProcessingException.class);
        if (json != null) {
            return jsonProblem(json);
        }
        DomainException domain = Failures.classify(t);
        if (domain != null) {
            List<FieldError> errors = domain instanceof ValidationException v ? v.errors() : List.of();
            return problem(domain.code(), domain.status(), domain.getMessage(), errors);
        }
        if (t instanceof WebApplicationException w404 && w404.getResponse().getStatus() == 404 && t.getCause() != null
                && find(t.getCause(), IllegalArgumentException.class) != null) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted (CXF: a ClientErrorException
            // caused by the NumberFormatException); for the client it is bad input
            return problem("invalid-input", 400, "A query or path parameter has the wrong type or format", List.of());
        }
        if (t instanceof AuthFilter.LoginRefused refused) {
            return problem(refused.code, refused.getResponse().getStatus(), t.getMessage(), List.of());
        }
        if (t instanceof AuthFilter.AccountLocked) {
            return problem("account-locked", 429, t.getMessage(), List.of());
        }
        if (t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            return problem(Titles.codeOfStatus(status), status, w.getMessage(), List.of());
        }
        String incident = UUID.randomUUID().toString();
        // Database messages may quote row values: scrub them before they reach the log.
        LOG.error("Unexpected failure, incident {}: {}: {}", incident, t.getClass().getName(),
                Privacy.scrub(t.getMessage()));
        LOG.debug("Stack of incident {}", incident, new ScrubbedTrace(t));
        return problem("internal-error", 500, "Unexpected error; incident " + incident, List.of());
    }

    private Problem jsonProblem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return problem("invalid-input", 400, "Unknown field",
                    List.of(new FieldError(path(u), "unknown field")));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return problem("invalid-input", 400, "A field has the wrong type or format",
                    List.of(new FieldError(path(m), "wrong type or format")));
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return problem("malformed-json", 400, "The body is not valid JSON" + where, List.of());
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "(body)" : sb.toString();
    }

    private Problem problem(String code, int status, String detail, List<FieldError> errors) {
        List<Locale> langs = headers == null ? List.of() : acceptable();
        return new Problem(Problem.type(code), Titles.of(code, status, langs), status, detail, errors);
    }

    private List<Locale> acceptable() {
        try {
            return headers.getAcceptableLanguages();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable c = t; c != null && !seen.contains(c); c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            seen.add(c);
        }
        return null;
    }

    /** Carries a stack trace with the message scrubbed, for debug logging only. */
    private static final class ScrubbedTrace extends Exception {
        private static final long serialVersionUID = 1L;

        ScrubbedTrace(Throwable t) {
            super(t.getClass().getName() + ": " + Privacy.scrub(t.getMessage()));
            setStackTrace(t.getStackTrace());
        }
    }
}
