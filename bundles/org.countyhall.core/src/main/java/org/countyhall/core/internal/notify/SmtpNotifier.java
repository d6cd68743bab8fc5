package org.countyhall.core.internal.notify;

import java.util.List;
import java.util.Optional;

import org.countyhall.core.api.notify.Notifier;
import org.countyhall.core.internal.security.UserDirectory;
import org.countyhall.core.internal.security.UserRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Sends inbox messages by e-mail to users who have an address. Exists only while etc/org.countyhall.smtp.cfg
 * does (configuration policy REQUIRE), so e-mail is off until an admin configures a relay.
 */
@Component(service = Notifier.class, configurationPid = SmtpConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class SmtpNotifier implements Notifier {

    private final UserDirectory users;
    private volatile MailSender sender;

    @Activate
    public SmtpNotifier(@Reference UserDirectory users, SmtpConfig config) {
        this.users = users;
        modified(config);
    }

    @Modified
    void modified(SmtpConfig c) {
        sender = new MailSender(new MailSender.Settings(c.host(), c.port(), c.from(), c.username(), c.password(),
                c.startTls(), c.tlsOnConnect(), c.timeoutSeconds() * 1000));
    }

    @Override
    public String channel() {
        return "smtp";
    }

    @Override
    public void deliver(String username, String subject, String body) throws Exception {
        Optional<String> to = users.find(username).map(UserRecord::email).filter(e -> !e.isBlank());
        if (to.isPresent()) {
            sender.send(List.of(to.get()), subject, body);
        }
    }
}
