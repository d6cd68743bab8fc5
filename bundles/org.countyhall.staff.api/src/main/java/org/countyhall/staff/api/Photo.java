package org.countyhall.staff.api;

/** A staff photo as stored: its media type ({@code image/jpeg} or {@code image/png}) and bytes. */
public record Photo(String mediaType, byte[] bytes) {
}
