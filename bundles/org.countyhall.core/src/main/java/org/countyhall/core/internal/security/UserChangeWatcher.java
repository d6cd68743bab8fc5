package org.countyhall.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.countyhall.core.api.db.Schema;
import org.countyhall.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every 2 s, asks the database which users changed on any node (password, roles, enabled, e-mail) and, for each,
 * drops its cached REST logins on this node and ends its open SSH console sessions. So a change made on one node
 * takes effect on all within about 2 s, instead of at the end of the login cache time.
 */
@Component(immediate = true)
public final class UserChangeWatcher {

    static final Duration INTERVAL = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(UserChangeWatcher.class);

    private final Authenticator authenticator;
    private final UserDirectory users;
    private final UserChanges changes;
    private final List<UserSessions> sessions = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "countyhall-user-changes");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public UserChangeWatcher(@Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource ds,
            @Reference(target = "(domain=core)") Schema schema, @Reference Clock clock,
            @Reference Authenticator authenticator, @Reference UserDirectory users) {
        this.authenticator = authenticator;
        this.users = users;
        this.changes = new UserChanges(new Jdbc(ds), clock, Duration.ofMinutes(2));
        timer.scheduleWithFixedDelay(this::poll, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSessions(UserSessions s) {
        sessions.add(s);
    }

    void removeSessions(UserSessions s) {
        sessions.remove(s);
    }

    private void poll() {
        try {
            changes.poll(this::changed);
        } catch (RuntimeException e) {
            LOG.warn("Could not read user changes: {}", e.getClass().getSimpleName());
        }
    }

    private void changed(String username) {
        authenticator.forget(username);
        users.changedElsewhere(username);
        int closed = 0;
        for (UserSessions s : sessions) {
            closed += s.closeAll(username);
        }
        if (closed > 0) {
            LOG.info("User {} changed: {} console session(s) ended", username, closed);
        }
    }
}
