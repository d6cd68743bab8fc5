package org.countyhall.core.internal.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.interceptor.JAXRSOutInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageContentsList;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Gives every answer its {@code Date} header before CXF would: CXF builds a new {@code SimpleDateFormat} for each
 * answer (4 % of a signed-in read's CPU); the header changes once a second, so it is formatted once a second.
 * CXF leaves a {@code Date} it finds in place.
 */
final class DateHeader extends AbstractPhaseInterceptor<Message> {

    // IMF-fixdate (RFC 9110 §5.6.7): two-digit day, English names, GMT
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private record Formatted(long second, String text) {
    }

    private volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    DateHeader() {
        super(Phase.MARSHAL);
        addBefore(JAXRSOutInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        MessageContentsList objs = MessageContentsList.getContentsList(message);
        if (objs == null || objs.isEmpty()) {
            return;
        }
        Object answer = objs.get(0);
        if (answer instanceof Response response) {
            if (!response.getMetadata().containsKey(HttpHeaders.DATE)) {
                response.getMetadata().putSingle(HttpHeaders.DATE, now());
            }
        } else if (answer != null) {
            // as CXF would wrap it (200, or a status set on the exchange); the entity's generic type still comes from
            // the resource method, so the writer sees the same type
            Object status = message.getExchange().get(Message.RESPONSE_CODE);
            objs.set(0, Response.status(status == null ? 200 : (Integer) status).entity(answer)
                    .header(HttpHeaders.DATE, now()).build());
        }
    }

    String now() {
        return text(Instant.now());
    }

    String text(Instant at) {
        long second = at.getEpochSecond();
        Formatted f = last;
        if (f.second() != second) {
            f = new Formatted(second, HTTP_DATE.format(at));
            last = f;
        }
        return f.text();
    }
}
