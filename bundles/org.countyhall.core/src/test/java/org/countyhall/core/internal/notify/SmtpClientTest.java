package org.countyhall.core.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The SMTP client against a scripted server on loopback: the exchange and the message as received. */
class SmtpClientTest {

    @Test
    void sendsAUtf8MessageWithPlainAuthentication() throws Exception {
        try (FakeServer server = new FakeServer(false)) {
            SmtpClient client = new SmtpClient(new SmtpClient.Settings("127.0.0.1", server.port(), "hall@example.org",
                    "relay", "secret", false, 5000));
            client.send("li.na@example.org", "押金到期提醒", "押金 D-1 将于 30 日后到期。\n请及时收回或续签。");
            List<String> lines = server.lines.get(5, TimeUnit.SECONDS);

            assertTrue(lines.contains("AUTH PLAIN " + b64("\0relay\0secret")), lines.toString());
            assertTrue(lines.contains("MAIL FROM:<hall@example.org>"));
            assertTrue(lines.contains("RCPT TO:<li.na@example.org>"));
            assertTrue(lines.contains("Subject: =?UTF-8?B?" + b64("押金到期提醒") + "?="));
            int blank = lines.indexOf("");
            StringBuilder body = new StringBuilder();
            for (String l : lines.subList(blank + 1, lines.indexOf("."))) {
                body.append(l);
            }
            assertEquals("押金 D-1 将于 30 日后到期。\n请及时收回或续签。",
                    new String(Base64.getDecoder().decode(body.toString()), StandardCharsets.UTF_8));
            assertEquals("QUIT", lines.get(lines.size() - 1));
        }
    }

    @Test
    void aRefusedRecipientFailsWithTheServersReply() throws Exception {
        try (FakeServer server = new FakeServer(true)) {
            SmtpClient client = new SmtpClient(new SmtpClient.Settings("127.0.0.1", server.port(), "hall@example.org",
                    "", "", false, 5000));
            IOException e = assertThrows(IOException.class, () -> client.send("nobody@example.org", "s", "b"));
            assertTrue(e.getMessage().contains("550"), e.getMessage());
        }
    }

    @Test
    void refusesLineBreaksInAddresses() {
        SmtpClient client = new SmtpClient(new SmtpClient.Settings("127.0.0.1", 1, "hall@example.org", "", "", false,
                100));
        assertThrows(IllegalArgumentException.class, () -> client.send("a@b.org\r\nRCPT TO:<x@y.org>", "s", "b"));
    }

    @Test
    void requiresStartTlsWhenAskedAndTheServerDoesNotOfferIt() throws Exception {
        try (FakeServer server = new FakeServer(false)) {
            SmtpClient client = new SmtpClient(new SmtpClient.Settings("127.0.0.1", server.port(), "hall@example.org",
                    "", "", true, 5000));
            IOException e = assertThrows(IOException.class, () -> client.send("li.na@example.org", "s", "b"));
            assertTrue(e.getMessage().contains("STARTTLS"), e.getMessage());
        }
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Speaks just enough SMTP for one message and records every line the client sent. */
    private static final class FakeServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0);
        final CompletableFuture<List<String>> lines = new CompletableFuture<>();

        FakeServer(boolean refuseRecipient) throws IOException {
            Thread t = new Thread(() -> serve(refuseRecipient), "fake-smtp");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve(boolean refuseRecipient) {
            List<String> seen = new ArrayList<>();
            try (Socket s = socket.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = s.getOutputStream();
                reply(out, "220 fake ESMTP");
                boolean data = false;
                String line;
                while ((line = in.readLine()) != null) {
                    seen.add(line);
                    if (data) {
                        if (line.equals(".")) {
                            data = false;
                            reply(out, "250 queued");
                        }
                    } else if (line.startsWith("EHLO")) {
                        reply(out, "250-fake\r\n250 AUTH PLAIN");
                    } else if (line.startsWith("AUTH")) {
                        reply(out, "235 ok");
                    } else if (line.startsWith("RCPT") && refuseRecipient) {
                        reply(out, "550 no such user");
                    } else if (line.equals("DATA")) {
                        data = true;
                        reply(out, "354 go ahead");
                    } else if (line.equals("QUIT")) {
                        reply(out, "221 bye");
                        break;
                    } else {
                        reply(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                // the client closed the connection; what was seen so far is the result
            }
            lines.complete(seen);
        }

        private static void reply(OutputStream out, String text) throws IOException {
            out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
