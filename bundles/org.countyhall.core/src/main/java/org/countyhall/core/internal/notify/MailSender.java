package org.countyhall.core.internal.notify;

import java.util.Date;
import java.util.List;
import java.util.Properties;

import javax.net.ssl.SSLSocketFactory;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Plain-text notices over SMTP with Angus Mail (the Jakarta Mail implementation): STARTTLS or TLS from the first
 * byte (SMTPS, port 465), AUTH when a user name is set, several recipients, the subject as RFC 2047 UTF-8 words.
 * TLS checks that the relay's certificate names its host, against the JVM's trust store unless a socket factory is
 * given (tests). One session per sender; a send opens one connection.
 */
final class MailSender {

    /** Where and how to send. {@code tlsOnConnect} wins over {@code startTls}. */
    record Settings(String host, int port, String from, String username, String password, boolean startTls,
            boolean tlsOnConnect, int timeoutMillis) {
    }

    private final Settings settings;
    private final String protocol;
    private final InternetAddress from;
    private final Session session;

    MailSender(Settings settings) {
        this(settings, null);
    }

    /** @param tls the TLS socket factory (null: the JVM's default, with its trust store) */
    MailSender(Settings settings, SSLSocketFactory tls) {
        this.settings = settings;
        this.from = address(settings.from());
        this.protocol = settings.tlsOnConnect() ? "smtps" : "smtp";
        Properties p = new Properties();
        String k = "mail." + protocol + ".";
        p.setProperty(k + "host", settings.host());
        p.setProperty(k + "port", Integer.toString(settings.port()));
        p.setProperty(k + "localhost", "countyhall"); // the EHLO name; never the machine's own name
        p.setProperty(k + "connectiontimeout", Integer.toString(settings.timeoutMillis()));
        p.setProperty(k + "timeout", Integer.toString(settings.timeoutMillis()));
        p.setProperty(k + "writetimeout", Integer.toString(settings.timeoutMillis()));
        p.setProperty(k + "auth", Boolean.toString(hasUser()));
        if (settings.tlsOnConnect()) {
            p.setProperty(k + "ssl.enable", "true");
        } else if (settings.startTls()) {
            p.setProperty(k + "starttls.enable", "true");
            p.setProperty(k + "starttls.required", "true"); // never fall back to plain text
        }
        p.setProperty(k + "ssl.checkserveridentity", "true");
        if (tls != null) {
            p.put(k + "ssl.socketFactory", tls);
        }
        try {
            this.session = MailProviders.with(() -> Session.getInstance(p));
        } catch (MessagingException e) {
            throw new IllegalStateException(e); // Session.getInstance throws none; the signature is the helper's
        }
    }

    private boolean hasUser() {
        return settings.username() != null && !settings.username().isEmpty();
    }

    /** Sends one message to every address in {@code to}; throws with the server's reply when it refuses. */
    void send(List<String> to, String subject, String body) throws MessagingException {
        if (to.isEmpty()) {
            throw new IllegalArgumentException("no recipient");
        }
        InternetAddress[] recipients = to.stream().map(MailSender::address).toArray(InternetAddress[]::new);
        MailProviders.with(() -> {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(from);
            m.setRecipients(Message.RecipientType.TO, recipients);
            m.setSubject(subject, "UTF-8");
            m.setSentDate(new Date());
            m.setText(body, "UTF-8");
            m.saveChanges();
            // the transport of the configured protocol: Transport.send would pick "smtp" for any address
            try (Transport t = session.getTransport(protocol)) {
                if (hasUser()) {
                    t.connect(settings.username(), settings.password());
                } else {
                    t.connect();
                }
                t.sendMessage(m, m.getAllRecipients());
            }
            return null;
        });
    }

    /**
     * One address, strictly parsed: a line break or a second address in it is refused. A display name
     * ({@code 政务服务中心 <hall@county.example>}) is written as RFC 2047 UTF-8 words, never as raw 8-bit bytes.
     */
    static InternetAddress address(String raw) {
        try {
            InternetAddress a = new InternetAddress(raw, true);
            if (a.isGroup()) {
                throw new IllegalArgumentException("not a single address");
            }
            if (a.getPersonal() != null) {
                a.setPersonal(a.getPersonal(), "UTF-8");
            }
            return a;
        } catch (AddressException | java.io.UnsupportedEncodingException e) {
            throw new IllegalArgumentException("not an e-mail address", e);
        }
    }
}
