package org.countyhall.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.countyhall.core.api.security.Actor;
import org.countyhall.core.internal.config.CoreConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Logs in through the JAAS realm and remembers the answer for a few seconds, so that HTTP Basic does not pay the
 * password hash on every request: a success, and a wrong password too (the same wrong guess again is answered 401
 * without a hash and counts once). The cache key is an HMAC of name and password under a random key of this process,
 * never the password. A change of password or roles on another node is seen here within the cache time at most.
 *
 * <p>Failures are counted per client address ({@link AddressFailures}): an address that fails too often is refused
 * (429) before any check. The address is handed to the realm's checks through {@link LoginOrigin}, where
 * {@link LoginGate} bounds the hashing per address and per node.
 *
 * <p>Requests that arrive together with the same name and password share one check: the user directory counts
 * every admitted attempt as a failure until its password is verified (so parallel guesses cannot pass the
 * lockout), and a client sending five requests at once with the right password would otherwise lock itself out.
 * Sharing also means the same wrong password sent in parallel counts once, as it is one guess.
 */
@Component(service = Authenticator.class, configurationPid = CoreConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class Authenticator {

    private static final int MAX_ENTRIES = 10_000;

    /** The check behind the cache: JAAS in Karaf, a plain function in tests. */
    @FunctionalInterface
    interface Realm {
        Actor login(String username, String password) throws LoginException;
    }

    private final Realm realm;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final SecretKeySpec cacheKey = randomKey();
    /** A Mac per thread under this process's random key: every login, cached or not, computes one. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final Map<String, CompletableFuture<Actor>> inFlight = new ConcurrentHashMap<>();
    /** Moved by every {@link #forget}: a check that began before a forget must not put its answer in the cache. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private volatile long ttlSeconds;
    private volatile AddressFailures addresses;
    private final Tarpit tarpit;
    /** The login audit, when running (optional: logins must work while the database is still coming up). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile LoginEvents logins;

    @Activate
    public Authenticator(@Reference Clock clock, CoreConfig config) {
        this((username, password) -> jaasLogin(CountyHallRealm.NAME, username, password), clock,
                config.security_authCacheSeconds(), addressFailures(config, clock));
    }

    Authenticator(Realm realm, Clock clock, long ttlSeconds) {
        this(realm, clock, ttlSeconds, new AddressFailures(Integer.MAX_VALUE, Duration.ofMinutes(1), clock));
    }

    Authenticator(Realm realm, Clock clock, long ttlSeconds, AddressFailures addresses) {
        this(realm, clock, ttlSeconds, addresses, new Tarpit(32, Duration.ofSeconds(1)));
    }

    Authenticator(Realm realm, Clock clock, long ttlSeconds, AddressFailures addresses, Tarpit tarpit) {
        this.tarpit = tarpit;
        this.realm = realm;
        this.clock = clock;
        this.ttlSeconds = ttlSeconds;
        this.addresses = addresses;
    }

    @Modified
    void modified(CoreConfig config) {
        this.ttlSeconds = config.security_authCacheSeconds();
        this.addresses = addressFailures(config, clock);
        cache.clear();
    }

    private static AddressFailures addressFailures(CoreConfig config, Clock clock) {
        return new AddressFailures(config.security_addressMaxFailures(),
                Duration.ofMinutes(config.security_addressWindowMinutes()), clock);
    }

    /** Forgets every cached login of {@code username} (after a password, role or lock change on this node). */
    public void forget(String username) {
        generation.incrementAndGet();
        cache.values().removeIf(c -> c.username.equals(username));
    }

    /** A login without a client address (tests, callers that have none). */
    public Actor login(String username, String password) throws LoginException {
        return login(username, password, LoginOrigin.NONE);
    }

    /** A login from {@code address} (the client's IP address as Jetty sees it, forwarded headers applied). */
    public Actor login(String username, String password, String address) throws LoginException {
        String key = key(username, password);
        Cached hit = cache.get(key);
        Instant now = clock.instant();
        Actor valid = null; // a success still in its cache time: what every request but one keeps using meanwhile
        if (hit != null && now.isBefore(hit.expires)) {
            if (hit.actor == null) {
                throw new FailedLoginException("invalid user name or password");
            }
            if (now.isBefore(hit.expires.minusSeconds(refreshSeconds())) || inFlight.containsKey(key)) {
                return hit.actor;
            }
            valid = hit.actor; // the last part of its time: this request checks again, before it runs out
        }
        return valid == null ? check(key, username, password, address) : refresh(key, username, password, address, valid);
    }

    /**
     * The early check of a cached success (the last fifth of its cache time): the one request that makes it waits
     * for it, every other keeps the cached answer until it runs out, so the users of a busy account never all wait
     * for a password hash together. A wrong password now (changed elsewhere) fails; a check refused or unavailable
     * leaves the entry as it was.
     */
    private Actor refresh(String key, String username, String password, String address, Actor valid)
            throws LoginException {
        try {
            addresses.check(address); // a refused address keeps its cached login, without the tarpit's wait
            return check(key, username, password, address);
        } catch (LoginRefusedException | LoginUnavailableException e) {
            return valid;
        }
    }

    private long refreshSeconds() {
        return ttlSeconds / 5;
    }

    private Actor check(String key, String username, String password, String address) throws LoginException {
        try {
            addresses.check(address);
        } catch (LoginRefusedException e) {
            LoginEvents audit = logins;
            if (audit != null) {
                audit.refused(null, address, e.code());
            }
            tarpit.hold(); // a flooding client gets its refusals slowly
            throw e;
        }
        CompletableFuture<Actor> mine = new CompletableFuture<>();
        CompletableFuture<Actor> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            long before = generation.get();
            Actor actor;
            try {
                actor = checked(username, password, address);
            } catch (LoginRefusedException e) {
                if (e.status() == 429) {
                    tarpit.hold();
                }
                throw e;
            } catch (FailedLoginException e) { // a wrong password (a locked account is another exception, not kept)
                addresses.failed(address);
                if (generation.get() == before) {
                    remember(key, new Cached(username, null, expiry()));
                }
                throw e;
            }
            if (generation.get() == before) {
                // else a password, role or lock changed during the check: do not keep it
                remember(key, new Cached(username, actor, expiry()));
            }
            mine.complete(actor);
            return actor;
        } catch (LoginException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** The outcome of the check another request started: its actor, or the very exception it met. */
    private static Actor await(CompletableFuture<Actor> running) throws LoginException {
        try {
            return running.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LoginException le) {
                throw le;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private Actor checked(String username, String password, String address) throws LoginException {
        try {
            return LoginOrigin.as(address, () -> realm.login(username, password));
        } catch (LoginException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant expiry() {
        return clock.instant().plusSeconds(ttlSeconds);
    }

    private void remember(String key, Cached entry) {
        if (ttlSeconds > 0) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, entry);
        }
    }

    private static Actor jaasLogin(String realm, String username, String password) throws LoginException {
        Subject subject = new Subject();
        LoginContext lc = new LoginContext(realm, subject, callbacks -> {
            for (var cb : callbacks) {
                if (cb instanceof NameCallback n) {
                    n.setName(username);
                } else if (cb instanceof PasswordCallback p) {
                    p.setPassword(password.toCharArray());
                }
            }
        });
        // LoginContext loads the login module class through the context class loader
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Authenticator.class.getClassLoader());
        try {
            lc.login();
        } finally {
            thread.setContextClassLoader(previous);
        }
        Actor actor = CountyHallPrincipals.actorOf(subject.getPrincipals());
        if (actor == null) {
            throw new LoginException("realm " + realm + " returned no CountyHall user");
        }
        return actor;
    }

    /** HMAC-SHA256 under this process's random key: a dump of the cache cannot be matched against guesses. */
    private String key(String username, String password) {
        Mac mac = macs.get();
        mac.update(username.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(password.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal()); // doFinal resets the Mac for the next key
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(cacheKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecretKeySpec randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretKeySpec(key, "HmacSHA256");
    }

    /** A remembered answer: the actor, or null for a wrong password. */
    private record Cached(String username, Actor actor, Instant expires) {
    }
}
