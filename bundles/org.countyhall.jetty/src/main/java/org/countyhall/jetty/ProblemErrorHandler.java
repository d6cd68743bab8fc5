package org.countyhall.jetty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's server-wide error handler with one change: a request Jetty refuses while parsing it (request line
 * over the 8 KiB header buffer: 414; headers too large: 431; a malformed request line or header: 400) gets an
 * {@code application/problem+json} body in the shape CountyHall's REST layer uses, instead of an HTML page.
 * Jetty alone chooses the status; an unknown HTTP version (e.g. {@code HTTP/9.9}) is 505 as HTTP prescribes.
 * Such a request never reaches a servlet, so CountyHall's own exception mapper cannot answer it.
 *
 * <p>The request's headers are not available here, so the title is English only. Nothing of the request is
 * echoed: Jetty's reason is a fixed phrase.
 */
public class ProblemErrorHandler extends ErrorHandler {

    static final String MEDIA_TYPE = "application/problem+json";

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, MEDIA_TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(body(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    /** The problem document: the REST layer's fields (no {@code errors}: none is about a field), with a code for each status Jetty can refuse with. */
    static String body(int status, String reason) {
        String code = switch (status) {
            case 414 -> "uri-too-long";
            case 431 -> "headers-too-large";
            case 413 -> "payload-too-large";
            case 505 -> "version-not-supported";
            default -> status >= 500 ? "internal-error" : "invalid-input";
        };
        String title = switch (status) {
            case 414 -> "Request line too long";
            case 431 -> "Request headers too large";
            case 413 -> "Request body too large";
            case 505 -> "HTTP version not supported";
            default -> status >= 500 ? "Internal error" : "Invalid request";
        };
        String detail = switch (status) {
            case 414 -> "The request line (method, path and query) is longer than the server accepts (8 KiB);"
                    + " send long values in a request body";
            case 431 -> "The request headers are larger than the server accepts (8 KiB)";
            default -> reason == null ? HttpStatus.getMessage(status) : reason;
        };
        return "{\"type\":\"urn:countyhall:problem:" + code + "\",\"title\":" + quote(title) + ",\"status\":" + status
                + ",\"detail\":" + quote(detail) + "}";
    }

    /** A JSON string literal; anything outside printable ASCII is escaped, so the body is plain ASCII. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
