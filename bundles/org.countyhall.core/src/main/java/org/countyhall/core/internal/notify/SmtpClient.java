package org.countyhall.core.internal.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A minimal SMTP client (RFC 5321) for plain-text notices: EHLO, optional STARTTLS and AUTH PLAIN, one
 * recipient, UTF-8 subject and body. Enough for a centre's mail relay without an extra library in Karaf.
 */
public final class SmtpClient {

    /** Where and how to send. */
    public record Settings(String host, int port, String from, String username, String password, boolean startTls,
            int timeoutMillis) {
    }

    private final Settings settings;

    public SmtpClient(Settings settings) {
        this.settings = settings;
    }

    /** Sends one message; throws with the server's reply when the server refuses it. */
    public void send(String to, String subject, String body) throws IOException {
        if (to.contains("\r") || to.contains("\n") || settings.from().contains("\r") || settings.from().contains("\n")) {
            throw new IllegalArgumentException("line breaks are not allowed in addresses");
        }
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(settings.host(), settings.port()), settings.timeoutMillis());
            plain.setSoTimeout(settings.timeoutMillis());
            Conversation c = new Conversation(plain);
            c.expect(220);
            String features = c.command("EHLO countyhall", 250);
            if (settings.startTls()) {
                if (!features.toUpperCase(Locale.ROOT).contains("STARTTLS")) {
                    throw new IOException("SMTP server " + settings.host() + " does not offer STARTTLS");
                }
                c.command("STARTTLS", 220);
                SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                        .createSocket(plain, settings.host(), settings.port(), true);
                javax.net.ssl.SSLParameters params = tls.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the relay host
                tls.setSSLParameters(params);
                tls.startHandshake();
                c = new Conversation(tls);
                c.command("EHLO countyhall", 250);
            }
            if (settings.username() != null && !settings.username().isEmpty()) {
                String token = "\0" + settings.username() + "\0" + settings.password();
                c.command("AUTH PLAIN " + b64(token), 235);
            }
            c.command("MAIL FROM:<" + settings.from() + ">", 250);
            c.command("RCPT TO:<" + to + ">", 250, 251);
            c.command("DATA", 354);
            c.write(message(to, subject, body));
            c.command(".", 250);
            c.command("QUIT", 221);
        }
    }

    String message(String to, String subject, String body) {
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(settings.from()).append("\r\n");
        m.append("To: ").append(to).append("\r\n");
        m.append("Subject: =?UTF-8?B?").append(b64(subject)).append("?=\r\n");
        m.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now())).append("\r\n");
        m.append("Message-ID: <").append(UUID.randomUUID()).append("@countyhall>\r\n");
        m.append("MIME-Version: 1.0\r\n");
        m.append("Content-Type: text/plain; charset=UTF-8\r\n");
        m.append("Content-Transfer-Encoding: base64\r\n\r\n");
        // base64 lines never start with '.', so no dot-stuffing is needed
        String encoded = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(body.getBytes(StandardCharsets.UTF_8));
        m.append(encoded).append("\r\n");
        return m.toString();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Line-based exchange with reply codes; multi-line replies ("250-...") are read whole. */
    private static final class Conversation {
        private final BufferedReader in;
        private final OutputStream out;

        Conversation(Socket socket) throws IOException {
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            this.out = socket.getOutputStream();
        }

        String command(String line, int... accepted) throws IOException {
            write(line + "\r\n");
            return expect(accepted);
        }

        void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        String expect(int... accepted) throws IOException {
            StringBuilder reply = new StringBuilder();
            String line;
            do {
                line = in.readLine();
                if (line == null || line.length() < 3) {
                    throw new IOException("SMTP connection closed or bad reply: " + line);
                }
                reply.append(line).append('\n');
            } while (line.length() > 3 && line.charAt(3) == '-');
            int code = Integer.parseInt(line.substring(0, 3));
            for (int a : accepted) {
                if (a == code) {
                    return reply.toString();
                }
            }
            throw new IOException("SMTP server refused: " + reply.toString().trim());
        }
    }
}
