package org.countyhall.core.internal.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;


import org.countyhall.core.api.security.Actor;
import org.countyhall.core.internal.concurrent.Worker;
import org.countyhall.core.internal.security.LoginEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logins in the audit (actions {@code login.success}, {@code login.failure}, {@code login.refused}), handed every
 * few seconds to {@link DeferredAudit}'s background writer, so that a login never waits for, nor pays, a database
 * write (a flood of made-up names must stay cheap). Attempts alike within one flush are one record with their count: the same account
 * failing from the same address, every name that is no user from one address, the same refusal of one address.
 * A successful login over REST (HTTP Basic checks the password again after the 30 s login cache) is recorded once
 * per account and address per hour; every console login is recorded. Memory is bounded: beyond
 * {@value #MAX_PENDING} distinct records pending, further attempts are counted in one {@code login.dropped} record.
 */
@Component(service = LoginEvents.class)
public final class LoginAudit implements LoginEvents {

    static final int MAX_PENDING = 10_000;
    static final String UNKNOWN = "(unknown)";
    static final String CONSOLE = "console";
    private static final Duration FLUSH = Duration.ofSeconds(5);
    private static final Duration SUCCESS_QUIET = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(LoginAudit.class);

    private final DeferredAudit audit;
    private final Clock clock;
    private final Map<Key, Tally> pending = new ConcurrentHashMap<>();
    private final Map<Key, Instant> lastSuccess = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final Worker timer;

    @Activate
    public LoginAudit(@Reference DeferredAudit audit, @Reference Clock clock) {
        this(audit, clock, true);
    }

    /** Without the background flush when {@code scheduled} is false (tests call {@link #flush}). */
    LoginAudit(DeferredAudit audit, Clock clock, boolean scheduled) {
        this.audit = audit;
        this.clock = clock;
        timer = scheduled ? new Worker("countyhall-login-audit", 0, this::flushQuietly).every(FLUSH.toMillis())
                : null;
    }

    /** Hands over what is pending before the writer goes. */
    @Deactivate
    void deactivate() throws InterruptedException {
        if (timer != null) {
            timer.stop();
        }
        flushQuietly();
    }

    @Override
    public void succeeded(String username, String staffNumber, String address) {
        Instant now = clock.instant();
        Key key = new Key("login.success", username, staffNumber, where(address), null);
        if (!address.isEmpty()) {
            Instant last = lastSuccess.get(key);
            if (last != null && now.isBefore(last.plus(SUCCESS_QUIET))) {
                return;
            }
            if (lastSuccess.size() >= MAX_PENDING) {
                lastSuccess.clear(); // at worst some successes are recorded twice within the hour
            }
            lastSuccess.put(key, now);
        }
        count(key, now);
    }

    @Override
    public void failed(String username, String address) {
        count(new Key("login.failure", username == null ? UNKNOWN : username, null, where(address), null),
                clock.instant());
    }

    @Override
    public void refused(String username, String address, String code) {
        count(new Key("login.refused", username == null ? UNKNOWN : username, null, where(address), code),
                clock.instant());
    }

    private void count(Key key, Instant now) {
        if (pending.size() >= MAX_PENDING && !pending.containsKey(key)) {
            dropped.incrementAndGet();
            return;
        }
        // atomic with the flush's remove: an attempt lands in the tally written now or in a new one, never lost
        pending.compute(key, (k, t) -> (t == null ? new Tally(now) : t).add(now));
    }

    /** Hands every pending record to the writer; what arrives meanwhile waits for the next flush. */
    void flush() {
        for (Key k : List.copyOf(pending.keySet())) {
            Tally t = pending.remove(k);
            if (t != null) {
                audit.recordAs(t.first, k.username, k.staffNumber, k.action,
                        UNKNOWN.equals(k.username) ? null : "user/" + k.username, t.detail(k));
            }
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            audit.recordAs(clock.instant(), Actor.SYSTEM.username(), null, "login.dropped", null,
                    "count=" + lost + " (more distinct login records pending than " + MAX_PENDING + ")");
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("Login audit records not handed over: {}", e.getClass().getSimpleName());
        }
    }

    private static String where(String address) {
        return address == null || address.isEmpty() ? CONSOLE : address;
    }

    private record Key(String action, String username, String staffNumber, String address, String code) {
    }

    /** Attempts alike: the first and last time and how many (changed only inside the map's compute). */
    private static final class Tally {
        final Instant first;
        private Instant last;
        private int count;

        Tally(Instant first) {
            this.first = first;
            this.last = first;
        }

        Tally add(Instant at) {
            count++;
            if (at.isAfter(last)) {
                last = at;
            }
            return this;
        }

        String detail(Key k) {
            StringBuilder b = new StringBuilder("address=").append(k.address);
            if (k.code != null) {
                b.append(", code=").append(k.code);
            }
            b.append(", count=").append(count);
            if (last.isAfter(first)) {
                b.append(", last=").append(last);
            }
            return b.toString();
        }
    }
}
