package org.countyhall.core.api.error;

/** One invalid input field and why; {@code field} is a JSON path such as {@code items[2].code}. */
public record FieldError(String field, String message) {
}
