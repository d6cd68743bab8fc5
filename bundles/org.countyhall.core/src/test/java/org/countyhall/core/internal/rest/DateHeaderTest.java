package org.countyhall.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageContentsList;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;

class DateHeaderTest {

    private final DateHeader header = new DateHeader();

    private static Message answering(Object... contents) {
        Message message = new MessageImpl();
        Exchange exchange = new ExchangeImpl();
        message.setExchange(exchange);
        message.setContent(java.util.List.class, new MessageContentsList(Arrays.asList(contents)));
        return message;
    }

    private static Object answer(Message message) {
        return MessageContentsList.getContentsList(message).get(0);
    }

    @Test
    void theDateIsAnImfFixdateInGmt() {
        assertEquals("Wed, 02 Dec 2026 08:05:09 GMT", header.text(Instant.parse("2026-12-02T08:05:09.900Z")));
        assertEquals("Thu, 03 Dec 2026 00:00:00 GMT", header.text(Instant.parse("2026-12-03T00:00:00Z")));
    }

    @Test
    void itIsFormattedOncePerSecond() {
        String first = header.text(Instant.parse("2026-12-02T08:05:09.100Z"));
        assertSame(first, header.text(Instant.parse("2026-12-02T08:05:09.999Z")));
        assertEquals("Wed, 02 Dec 2026 08:05:10 GMT", header.text(Instant.parse("2026-12-02T08:05:10Z")));
    }

    @Test
    void anEntityBecomesA200WithTheDate() {
        Message message = answering("pong");
        header.handleMessage(message);
        Response response = (Response) answer(message);
        assertEquals(200, response.getStatus());
        assertEquals("pong", response.getEntity());
        assertTrue(response.getHeaderString(HttpHeaders.DATE).endsWith(" GMT"));
    }

    @Test
    void aStatusSetOnTheExchangeIsKept() {
        Message message = answering("made");
        message.getExchange().put(Message.RESPONSE_CODE, 201);
        header.handleMessage(message);
        assertEquals(201, ((Response) answer(message)).getStatus());
    }

    @Test
    void aResponseGainsTheDateAndKeepsAnyItHas() {
        Message plain = answering(Response.status(409).entity("no").build());
        header.handleMessage(plain);
        assertEquals(409, ((Response) answer(plain)).getStatus());
        assertTrue(((Response) answer(plain)).getHeaderString(HttpHeaders.DATE).endsWith(" GMT"));

        Message dated = answering(Response.ok().header(HttpHeaders.DATE, "Tue, 01 Dec 2026 00:00:00 GMT").build());
        header.handleMessage(dated);
        assertEquals("Tue, 01 Dec 2026 00:00:00 GMT", ((Response) answer(dated)).getHeaderString(HttpHeaders.DATE));
    }

    @Test
    void noAnswerIsLeftForCxf() {
        Message message = answering((Object) null);
        header.handleMessage(message);
        assertNull(answer(message), "CXF answers 204 itself");
    }
}
