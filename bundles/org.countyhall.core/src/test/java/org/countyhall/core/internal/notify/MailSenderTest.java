package org.countyhall.core.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Angus Mail against an SMTP server on loopback that this test runs: plain, STARTTLS and TLS on connect with a test
 * certificate for localhost/127.0.0.1 (src/test/resources/notify/smtp-test.p12), several recipients, a Chinese
 * subject as RFC 2047 words, the body as received, and the refusals.
 */
class MailSenderTest {

    private static SSLContext server;
    private static SSLSocketFactory client;

    @BeforeAll
    static void certificates() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = MailSenderTest.class.getResourceAsStream("/notify/smtp-test.p12")) {
            ks.load(in, "test-only".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "test-only".toCharArray());
        server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(null, tmf.getTrustManagers(), null);
        client = c.getSocketFactory();
    }

    private static MailSender sender(String host, int port, String user, boolean startTls, boolean tlsOnConnect) {
        return new MailSender(new MailSender.Settings(host, port, "政务服务中心 <hall@example.org>", user, "secret",
                startTls, tlsOnConnect, 5000), client);
    }

    @Test
    void aUtf8MessageReachesSeveralRecipientsWithAChineseSubjectAndAuthentication() throws Exception {
        try (FakeServer s = new FakeServer(Mode.PLAIN, false)) {
            sender("127.0.0.1", s.port(), "relay", false, false).send(List.of("li.na@example.org",
                    "wang.wu@example.org"), "押金到期提醒：D-1 将于 30 日后到期", "押金 D-1 将于 30 日后到期。\n.请及时收回或续签。");
            Exchange x = s.exchange.get(5, TimeUnit.SECONDS);

            assertTrue(x.lines().contains("EHLO countyhall"), x.lines().toString());
            assertTrue(x.lines().stream().anyMatch(l -> l.startsWith("AUTH PLAIN")), x.lines().toString());
            assertTrue(x.lines().contains("MAIL FROM:<hall@example.org>"), x.lines().toString());
            assertTrue(x.lines().contains("RCPT TO:<li.na@example.org>"), x.lines().toString());
            assertTrue(x.lines().contains("RCPT TO:<wang.wu@example.org>"), x.lines().toString());
            MimeMessage m = x.message();
            assertTrue(m.getHeader("Subject")[0].startsWith("=?UTF-8?"), m.getHeader("Subject")[0]); // RFC 2047
            assertEquals("押金到期提醒：D-1 将于 30 日后到期", m.getSubject());
            assertEquals("押金 D-1 将于 30 日后到期。\n.请及时收回或续签。", ((String) m.getContent()).replace("\r\n", "\n"));
            assertEquals("政务服务中心", ((InternetAddress) m.getFrom()[0]).getPersonal());
            assertEquals(2, m.getAllRecipients().length);
            assertEquals("QUIT", x.lines().get(x.lines().size() - 1));
        }
    }

    @Test
    void startTlsUpgradesTheConnectionBeforeTheUserAndTheMessageAreSent() throws Exception {
        try (FakeServer s = new FakeServer(Mode.STARTTLS, false)) {
            sender("127.0.0.1", s.port(), "relay", true, false).send(List.of("li.na@example.org"), "提醒", "正文");
            Exchange x = s.exchange.get(5, TimeUnit.SECONDS);

            int tlsAt = x.lines().indexOf("STARTTLS");
            assertTrue(tlsAt > 0, x.lines().toString());
            assertTrue(x.lines().subList(0, tlsAt).stream().noneMatch(l -> l.startsWith("AUTH") || l.startsWith("MAIL")),
                    x.lines().toString());
            assertTrue(x.encryptedFrom() == tlsAt + 1, x.lines() + " encrypted from " + x.encryptedFrom());
            assertEquals("正文", ((String) x.message().getContent()).strip());
        }
    }

    @Test
    void tlsOnConnectEncryptsFromTheFirstByte() throws Exception {
        try (FakeServer s = new FakeServer(Mode.TLS, false)) {
            sender("localhost", s.port(), "", false, true).send(List.of("li.na@example.org"), "提醒", "正文");
            Exchange x = s.exchange.get(5, TimeUnit.SECONDS);

            assertEquals(0, x.encryptedFrom());
            assertFalse(x.lines().stream().anyMatch(l -> l.startsWith("AUTH")), "no user, no AUTH");
            assertEquals("提醒", x.message().getSubject());
        }
    }

    @Test
    void aRelayWhoseCertificateNamesAnotherHostIsRefused() throws Exception {
        try (FakeServer s = new FakeServer(Mode.TLS, false)) {
            // the certificate names localhost and 127.0.0.1, not 127.0.0.2
            MailSender wrongName = sender("127.0.0.2", s.port(), "relay", false, true);
            assertThrows(MessagingException.class, () -> wrongName.send(List.of("li.na@example.org"), "s", "b"));
        }
    }

    @Test
    void startTlsRequiredButNotOfferedSendsNothing() throws Exception {
        try (FakeServer s = new FakeServer(Mode.PLAIN, false)) {
            MessagingException e = assertThrows(MessagingException.class, () -> sender("127.0.0.1", s.port(), "relay",
                    true, false).send(List.of("li.na@example.org"), "s", "b"));
            assertTrue(e.getMessage().contains("STARTTLS"), e.getMessage());
            Exchange x = s.exchange.get(5, TimeUnit.SECONDS);
            assertTrue(x.lines().stream().noneMatch(l -> l.startsWith("AUTH") || l.startsWith("MAIL")), x.lines().toString());
        }
    }

    @Test
    void aRefusedRecipientFailsWithTheServersReply() throws Exception {
        try (FakeServer s = new FakeServer(Mode.PLAIN, true)) {
            MessagingException e = assertThrows(MessagingException.class, () -> sender("127.0.0.1", s.port(), "", false,
                    false).send(List.of("nobody@example.org"), "s", "b"));
            assertTrue(String.valueOf(e.getNextException()).contains("550") || e.getMessage().contains("550"),
                    e.toString());
        }
    }

    @Test
    void anAddressWithALineBreakOrTwoAddressesIsRefusedBeforeConnecting() {
        MailSender s = sender("127.0.0.1", 1, "", false, false);
        assertThrows(IllegalArgumentException.class, () -> s.send(List.of("a@b.org\r\nRCPT TO:<x@y.org>"), "s", "b"));
        assertThrows(IllegalArgumentException.class, () -> s.send(List.of("a@b.org, x@y.org"), "s", "b"));
        assertThrows(IllegalArgumentException.class, () -> s.send(List.of(), "s", "b"));
        assertThrows(IllegalArgumentException.class, () -> new MailSender(new MailSender.Settings("127.0.0.1", 25,
                "hall@example.org\r\nBcc: x@y.org", "", "", false, false, 100)));
    }

    enum Mode { PLAIN, STARTTLS, TLS }

    /** What the server saw: every command line (DATA's content apart), the message, where TLS began. */
    record Exchange(List<String> lines, byte[] data, int encryptedFrom) {
        MimeMessage message() throws MessagingException {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(data));
        }
    }

    /** Speaks just enough SMTP for one message, in the mode given. */
    private static final class FakeServer implements AutoCloseable {
        private final ServerSocket socket;
        private final Mode mode;
        private final boolean refuseRecipient;
        final CompletableFuture<Exchange> exchange = new CompletableFuture<>();

        FakeServer(Mode mode, boolean refuseRecipient) throws IOException {
            this.mode = mode;
            this.refuseRecipient = refuseRecipient;
            this.socket = mode == Mode.TLS ? server.getServerSocketFactory().createServerSocket(0) : new ServerSocket(0);
            Thread t = new Thread(this::serve, "fake-smtp");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            List<String> seen = new ArrayList<>();
            StringBuilder data = new StringBuilder();
            int encryptedFrom = mode == Mode.TLS ? 0 : -1;
            try (Socket plain = socket.accept()) {
                Socket s = plain;
                BufferedReader in = reader(s);
                OutputStream out = s.getOutputStream();
                reply(out, "220 fake ESMTP");
                boolean inData = false;
                boolean tls = mode == Mode.TLS;
                String line;
                while ((line = in.readLine()) != null) {
                    if (inData) {
                        if (line.equals(".")) {
                            inData = false;
                            reply(out, "250 queued");
                        } else {
                            data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                        }
                        continue;
                    }
                    seen.add(line);
                    if (line.startsWith("EHLO")) {
                        reply(out, mode == Mode.STARTTLS && !tls ? "250-fake\r\n250 STARTTLS" : "250-fake\r\n250 AUTH PLAIN");
                    } else if (line.equals("STARTTLS") && mode == Mode.STARTTLS) {
                        reply(out, "220 go ahead");
                        SSLSocket upgraded = (SSLSocket) server.getSocketFactory().createSocket(plain, null,
                                plain.getPort(), false);
                        upgraded.setUseClientMode(false);
                        upgraded.startHandshake();
                        s = upgraded;
                        in = reader(s);
                        out = s.getOutputStream();
                        tls = true;
                        encryptedFrom = seen.size();
                    } else if (line.startsWith("AUTH")) {
                        if (line.trim().equals("AUTH PLAIN")) {
                            reply(out, "334 ");
                            seen.add(in.readLine());
                        }
                        reply(out, "235 ok");
                    } else if (line.startsWith("RCPT") && refuseRecipient) {
                        reply(out, "550 no such user");
                    } else if (line.equals("DATA")) {
                        inData = true;
                        reply(out, "354 go ahead");
                    } else if (line.equals("QUIT")) {
                        reply(out, "221 bye");
                        break;
                    } else {
                        reply(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                // the client closed the connection (or refused the certificate); what was seen is the result
            }
            exchange.complete(new Exchange(seen, data.toString().getBytes(StandardCharsets.ISO_8859_1), encryptedFrom));
        }

        private static BufferedReader reader(Socket s) throws IOException {
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
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
