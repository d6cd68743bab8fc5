package org.countyhall.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.countyhall.core.api.security.Actor;
import org.countyhall.core.internal.config.CoreConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Logs in through the JAAS realm and remembers a success for a few seconds, so that HTTP Basic does not pay
 * the password hash on every request. The cache key is a digest of name and password, never the password.
 * A change of password or roles on another node is seen here within the cache time at most.
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
    private final Map<String, CompletableFuture<Actor>> inFlight = new ConcurrentHashMap<>();
    /** Moved by every {@link #forget}: a check that began before a forget must not put its answer in the cache. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private volatile long ttlSeconds;

    @Activate
    public Authenticator(@Reference Clock clock, CoreConfig config) {
        this(CountyHallRealm.NAME, clock, config.security_authCacheSeconds());
    }

    Authenticator(String realmName, Clock clock, long ttlSeconds) {
        this((username, password) -> jaasLogin(realmName, username, password), clock, ttlSeconds);
    }

    Authenticator(Realm realm, Clock clock, long ttlSeconds) {
        this.realm = realm;
        this.clock = clock;
        this.ttlSeconds = ttlSeconds;
    }

    @Modified
    void modified(CoreConfig config) {
        this.ttlSeconds = config.security_authCacheSeconds();
        cache.clear();
    }

    /** Forgets every cached login of {@code username} (after a password, role or lock change on this node). */
    public void forget(String username) {
        generation.incrementAndGet();
        cache.values().removeIf(c -> c.actor.username().equals(username));
    }

    public Actor login(String username, String password) throws LoginException {
        String key = key(username, password);
        Cached hit = cache.get(key);
        if (hit != null && clock.instant().isBefore(hit.expires)) {
            return hit.actor;
        }
        CompletableFuture<Actor> mine = new CompletableFuture<>();
        CompletableFuture<Actor> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            long before = generation.get();
            Actor actor = realm.login(username, password);
            if (generation.get() == before) {
                remember(key, actor); // else a password, role or lock changed during the check: do not keep it
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

    private void remember(String key, Actor actor) {
        if (ttlSeconds > 0) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, new Cached(actor, clock.instant().plusSeconds(ttlSeconds)));
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

    private static String key(String username, String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(username.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Cached(Actor actor, Instant expires) {
    }
}
