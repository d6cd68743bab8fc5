package org.countyhall.core.internal.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.notify.Inbox;
import org.countyhall.core.api.notify.Notifier;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.db.TxHooks;
import org.countyhall.core.internal.security.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Inbox} in table CH_INBOX. Each message is also handed to every {@link Notifier}, after the sender's
 * transaction commits and on a background thread, so a rolled-back message is never mailed and a slow mail
 * relay never holds up the request; delivery failures are logged only.
 */
@Component(service = Inbox.class)
public final class InboxService implements Inbox {

    private static final Logger LOG = LoggerFactory.getLogger(InboxService.class);

    private final Jdbc jdbc;
    private final Transactions tx;
    private final Clock clock;
    private final TxHooks hooks;
    private final UserDirectory users;
    private final List<Notifier> notifiers = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "countyhall-notify");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public InboxService(@Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource ds,
            @Reference Transactions tx, @Reference TxHooks hooks, @Reference UserDirectory users, @Reference Clock clock,
            @Reference(target = "(domain=core)") Schema schema) {
        this.jdbc = new Jdbc(ds);
        this.tx = tx;
        this.hooks = hooks;
        this.users = users;
        this.clock = clock;
    }

    @Deactivate
    void deactivate() {
        delivery.shutdown();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addNotifier(Notifier n) {
        notifiers.add(n);
    }

    void removeNotifier(Notifier n) {
        notifiers.remove(n);
    }

    @Override
    public long send(String username, String subject, String body) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || username.isBlank() || username.length() > 64) {
            errors.add(new FieldError("username", "required, at most 64 characters"));
        }
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            errors.add(new FieldError("subject", "required, at most 200 characters"));
        }
        if (body == null || body.length() > 4000) {
            errors.add(new FieldError("body", "required, at most 4000 characters"));
        }
        if (errors.isEmpty() && users.find(username).isEmpty()) {
            errors.add(new FieldError("username", "no such user"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return tx.required(() -> {
            long id = jdbc.insert("INSERT INTO CH_INBOX (USERNAME, SENT_AT, SUBJECT, BODY) VALUES (?, ?, ?, ?)", "ID",
                    username, clock.instant(), subject, body);
            hooks.afterCommit(() -> delivery.execute(() -> deliver(id, username, subject, body)));
            return id;
        });
    }

    private void deliver(long id, String username, String subject, String body) {
        for (Notifier n : notifiers) {
            try {
                n.deliver(username, subject, body);
            } catch (Exception e) {
                LOG.warn("Notifier {} could not deliver message {} to {}: {}", n.channel(), id, username,
                        e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public Page<Message> list(String username, boolean unreadOnly, PageRequest page) {
        String where = " WHERE USERNAME = ?" + (unreadOnly ? " AND READ_AT IS NULL" : "");
        long total = jdbc.count("SELECT COUNT(*) FROM CH_INBOX" + where, username);
        List<Message> items = jdbc.page("SELECT ID, USERNAME, SENT_AT, SUBJECT, BODY, READ_AT FROM CH_INBOX" + where
                + " ORDER BY ID DESC", page.offset(), page.limit(), rs -> new Message(rs.getLong(1), rs.getString(2),
                        Jdbc.instant(rs, "SENT_AT"), rs.getString(4), rs.getString(5), rs.getTimestamp(6) != null),
                username);
        return new Page<>(items, page.offset(), page.limit(), total);
    }

    @Override
    public boolean markRead(String username, long messageId) {
        return tx.required(() -> jdbc.update("UPDATE CH_INBOX SET READ_AT = ? WHERE ID = ? AND USERNAME = ? AND READ_AT IS NULL",
                clock.instant(), messageId, username) > 0
                || jdbc.count("SELECT COUNT(*) FROM CH_INBOX WHERE ID = ? AND USERNAME = ?", messageId, username) > 0);
    }
}
