package org.countyhall.jetty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real Jetty with the handler set as pax-web-jetty sets it from our jetty.xml, spoken to over a socket. */
class ProblemErrorHandlerTest {

    private static Server server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                response.setContentType("text/plain");
                response.getWriter().write("ok");
                base.setHandled(true);
            }
        });
        server.setErrorHandler(new ProblemErrorHandler());
        server.start();
        port = connector.getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    /** Sends raw bytes (a client library would refuse some of these requests itself) and reads the answer. */
    private static String exchange(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String answer, int status, String code) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
        assertTrue(answer.contains("\r\nContent-Type: application/problem+json\r\n"), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertTrue(body.startsWith("{\"type\":\"urn:countyhall:problem:" + code + "\",\"title\":\""), body);
        assertTrue(body.contains(",\"status\":" + status + ",\"detail\":\""), body);
        assertTrue(body.endsWith("\"}"), body);
    }

    @Test
    void aNormalRequestIsUntouched() throws IOException {
        String answer = exchange("GET /x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        assertTrue(answer.endsWith("ok"), answer);
    }

    @Test
    void aRequestLineOver8KiBIs414Problem() throws IOException {
        String answer = exchange("GET /api/v1/staff?q=" + "x".repeat(10_000) + " HTTP/1.1\r\nHost: h\r\n\r\n");
        assertProblem(answer, 414, "uri-too-long");
    }

    @Test
    void headersOver8KiBAre431Problem() throws IOException {
        String answer = exchange("GET /api/v1/health HTTP/1.1\r\nHost: h\r\nX-Big: " + "y".repeat(10_000) + "\r\n\r\n");
        assertProblem(answer, 431, "headers-too-large");
    }

    @Test
    void aMalformedRequestIs400Problem() throws IOException {
        assertProblem(exchange("\u0001\u0002 nonsense\r\n\r\n"), 400, "invalid-input");
        assertProblem(exchange("GET /api/v1/health HTTP/1.1\r\nHost: h\r\nno colon here\r\n\r\n"), 400,
                "invalid-input");
    }

    @Test
    void anUnknownHttpVersionIs505ProblemAsHttpPrescribes() throws IOException {
        assertProblem(exchange("GET /api/v1/health HTTP/9.9\r\nHost: h\r\n\r\n"), 505, "version-not-supported");
    }

    @Test
    void theBodyIsPlainAsciiJsonWhateverTheReason() {
        assertEquals("\"a\\\"b\\\\c\\u000a\\u4e2d\"", ProblemErrorHandler.quote("a\"b\\c\n中"));
        assertEquals("{\"type\":\"urn:countyhall:problem:invalid-input\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"Unknown Version\"}", ProblemErrorHandler.body(400, "Unknown Version"));
        assertEquals("{\"type\":\"urn:countyhall:problem:invalid-input\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"Bad Request\"}", ProblemErrorHandler.body(400, null));
    }
}
