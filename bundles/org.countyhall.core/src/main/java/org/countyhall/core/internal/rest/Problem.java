package org.countyhall.core.internal.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.countyhall.core.api.error.FieldError;

/** An RFC 9457 problem document. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static String type(String code) {
        return "urn:countyhall:problem:" + code;
    }
}
