package org.countyhall.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;

import org.countyhall.core.api.security.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

    private static final Actor CLERK = new Actor("clerk", "S-1", Set.of("office"));

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A realm that holds every check until released, counting the checks that reached it. */
    private static final class GatedRealm implements Authenticator.Realm {
        final AtomicInteger checks = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final LoginException failure;

        GatedRealm(LoginException failure) {
            this.failure = failure;
        }

        @Override
        public Actor login(String username, String password) throws LoginException {
            checks.incrementAndGet();
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            return new Actor(username, CLERK.staffNumber(), CLERK.roles());
        }
    }

    /** A realm that knows one password, Right-pass-1, counting its checks. */
    private static Authenticator.Realm rightPassword(AtomicInteger checks) {
        return (u, p) -> {
            checks.incrementAndGet();
            if (!p.equals("Right-pass-1")) {
                throw new FailedLoginException("invalid user name or password");
            }
            return CLERK;
        };
    }

    /**
     * One login enters the realm and is held there; seven more with the same password are started and the
     * realm is released only once all seven are parked waiting (not after a guessed pause).
     */
    private List<Future<Actor>> eightAtOnce(Authenticator auth, GatedRealm realm, String password) throws Exception {
        List<Future<Actor>> results = new ArrayList<>();
        results.add(pool.submit(() -> auth.login("clerk", password)));
        assertTrue(realm.entered.await(10, TimeUnit.SECONDS));
        List<Thread> waiters = new ArrayList<>();
        for (int i = 1; i < 8; i++) {
            FutureTask<Actor> task = new FutureTask<>(() -> auth.login("clerk", password));
            Thread t = new Thread(task, "login-" + i);
            waiters.add(t);
            results.add(task);
            t.start();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (Thread t : waiters) {
            while (t.getState() != Thread.State.WAITING) {
                assertTrue(t.isAlive(), t.getName() + " ended before the shared check did");
                assertTrue(System.nanoTime() < deadline, t.getName() + " never waited: " + t.getState());
                Thread.onSpinWait();
            }
        }
        realm.release.countDown();
        return results;
    }

    @Test
    void eightParallelRequestsWithTheRightPasswordMakeOneCheck() throws Exception {
        GatedRealm realm = new GatedRealm(null);
        Authenticator auth = new Authenticator(realm, clock, 30);
        for (Future<Actor> f : eightAtOnce(auth, realm, "Right-pass-1")) {
            assertEquals(CLERK, f.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, realm.checks.get());
    }

    @Test
    void theSameWrongPasswordSentEightTimesAtOnceIsOneGuess() throws Exception {
        FailedLoginException wrong = new FailedLoginException("invalid user name or password");
        GatedRealm realm = new GatedRealm(wrong);
        Authenticator auth = new Authenticator(realm, clock, 30);
        for (Future<Actor> f : eightAtOnce(auth, realm, "guess")) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
            assertSame(wrong, e.getCause());
        }
        assertEquals(1, realm.checks.get());
    }

    @Test
    void aLockedAccountReachesEveryWaiterAsLocked() throws Exception {
        GatedRealm realm = new GatedRealm(new AccountLockedException("locked"));
        Authenticator auth = new Authenticator(realm, clock, 30);
        for (Future<Actor> f : eightAtOnce(auth, realm, "Right-pass-1")) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof AccountLockedException);
        }
    }

    @Test
    void differentPasswordsAreCheckedSeparatelyAndTheSameWrongOneIsRememberedAsWrong() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        Authenticator auth = new Authenticator(rightPassword(checks), clock, 30);
        assertThrows(FailedLoginException.class, () -> auth.login("clerk", "guess-1"));
        assertThrows(FailedLoginException.class, () -> auth.login("clerk", "guess-1")); // remembered: no hash
        assertThrows(FailedLoginException.class, () -> auth.login("clerk", "guess-2"));
        assertEquals(CLERK, auth.login("clerk", "Right-pass-1"));
        assertEquals(3, checks.get());
        clock.advance(Duration.ofSeconds(30));
        assertThrows(FailedLoginException.class, () -> auth.login("clerk", "guess-1"));
        assertEquals(4, checks.get(), "checked again after the cache time");
        auth.forget("clerk"); // e.g. an admin set guess-1 as the new password
        assertThrows(FailedLoginException.class, () -> auth.login("clerk", "guess-1"));
        assertEquals(5, checks.get(), "forget drops remembered failures too");
    }

    @Test
    void anAddressThatFailsTooOftenIsRefusedBeforeAnyCheckUntilItsWindowEnds() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        Authenticator auth = new Authenticator(rightPassword(checks), clock, 30, new AddressFailures(30, Duration.ofMinutes(10), clock), new Tarpit(1, Duration.ZERO));
        for (int i = 0; i < 30; i++) { // thirty made-up names from one address
            String name = "nobody-" + i;
            assertThrows(FailedLoginException.class, () -> auth.login(name, "guess", "203.0.113.7"));
        }
        LoginRefusedException refused = assertThrows(LoginRefusedException.class,
                () -> auth.login("clerk", "Right-pass-1", "203.0.113.7"));
        assertEquals(429, refused.status());
        assertEquals("too-many-failed-logins", refused.code());
        assertEquals(600, refused.retryAfterSeconds());
        assertEquals(30, checks.get(), "refused without a check");
        assertEquals(CLERK, auth.login("clerk", "Right-pass-1", "198.51.100.2"), "another address is not affected");
        clock.advance(Duration.ofMinutes(10));
        assertEquals(CLERK, auth.login("clerk", "Right-pass-1", "203.0.113.7"), "the window has ended");
    }

    @Test
    void aCachedLoginStillWorksFromAnAddressThatIsRefused() throws Exception {
        Authenticator auth = new Authenticator(rightPassword(new AtomicInteger()), clock, 30, new AddressFailures(2, Duration.ofMinutes(10), clock), new Tarpit(1, Duration.ZERO));
        assertEquals(CLERK, auth.login("clerk", "Right-pass-1", "203.0.113.7"));
        assertThrows(FailedLoginException.class, () -> auth.login("x", "1", "203.0.113.7"));
        assertThrows(FailedLoginException.class, () -> auth.login("y", "2", "203.0.113.7"));
        assertThrows(LoginRefusedException.class, () -> auth.login("clerk", "Other-pass-1", "203.0.113.7"));
        assertEquals(CLERK, auth.login("clerk", "Right-pass-1", "203.0.113.7"), "costs no check");
    }

    @Test
    void theRealmSeesTheClientAddressOfTheLogin() throws Exception {
        List<String> seen = new ArrayList<>();
        Authenticator auth = new Authenticator((u, p) -> {
            seen.add(LoginOrigin.current());
            return CLERK;
        }, clock, 0);
        auth.login("clerk", "Right-pass-1", "192.0.2.9");
        auth.login("clerk", "Right-pass-1");
        assertEquals(List.of("192.0.2.9", LoginOrigin.NONE), seen);
        assertEquals(LoginOrigin.NONE, LoginOrigin.current(), "cleared after the login");
    }

    @Test
    void aSuccessIsRememberedForTheCacheTimeAndCheckedAgainInItsLastFifth() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        Authenticator auth = new Authenticator((u, p) -> {
            checks.incrementAndGet();
            return CLERK;
        }, clock, 30);
        auth.login("clerk", "Right-pass-1");
        clock.advance(Duration.ofSeconds(23));
        auth.login("clerk", "Right-pass-1");
        assertEquals(1, checks.get());
        clock.advance(Duration.ofSeconds(1)); // 24 s: the last 6 s of 30, checked again, a new 30 s from here
        auth.login("clerk", "Right-pass-1");
        assertEquals(2, checks.get());
        clock.advance(Duration.ofSeconds(23)); // 47 s, 23 s after the second check
        auth.login("clerk", "Right-pass-1");
        assertEquals(2, checks.get());
        clock.advance(Duration.ofSeconds(60)); // long unused: run out, checked before an answer
        auth.login("clerk", "Right-pass-1");
        assertEquals(3, checks.get());
        auth.forget("clerk");
        auth.login("clerk", "Right-pass-1");
        assertEquals(4, checks.get());
    }

    @Test
    void whileOneRequestChecksAgainTheOthersKeepTheCachedLogin() throws Exception {
        GatedRealm realm = new GatedRealm(null);
        AtomicInteger first = new AtomicInteger();
        Authenticator auth = new Authenticator((u, p) -> first.getAndIncrement() == 0 ? CLERK : realm.login(u, p),
                clock, 30);
        auth.login("clerk", "Right-pass-1");
        clock.advance(Duration.ofSeconds(25));
        Future<Actor> checking = pool.submit(() -> auth.login("clerk", "Right-pass-1"));
        assertTrue(realm.entered.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 5; i++) {
            assertEquals(CLERK, auth.login("clerk", "Right-pass-1")); // answered now, the realm still held
        }
        realm.release.countDown();
        assertEquals("clerk", checking.get(10, TimeUnit.SECONDS).username());
        assertEquals(1, realm.checks.get());
    }

    @Test
    void aPasswordChangedElsewhereFailsAtTheEarlyCheck() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        String[] current = {"Right-pass-1"};
        Authenticator auth = new Authenticator((u, p) -> {
            checks.incrementAndGet();
            if (!p.equals(current[0])) {
                throw new FailedLoginException("invalid user name or password");
            }
            return CLERK;
        }, clock, 30);
        auth.login("clerk", "Right-pass-1");
        current[0] = "Other-pass-2";
        clock.advance(Duration.ofSeconds(25));
        assertThrows(FailedLoginException.class, () -> auth.login("clerk", "Right-pass-1"));
        assertThrows(FailedLoginException.class, () -> auth.login("clerk", "Right-pass-1"));
        assertEquals(2, checks.get()); // the failure is remembered like any other
    }

    @Test
    void anEarlyCheckThatCannotRunKeepsTheCachedLoginUntilItRunsOut() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        Authenticator auth = new Authenticator((u, p) -> {
            if (checks.incrementAndGet() > 1) {
                throw new LoginUnavailableException("the user directory does not answer");
            }
            return CLERK;
        }, clock, 30);
        auth.login("clerk", "Right-pass-1");
        clock.advance(Duration.ofSeconds(25));
        assertEquals(CLERK, auth.login("clerk", "Right-pass-1"));
        assertEquals(2, checks.get());
        clock.advance(Duration.ofSeconds(5)); // 30 s: run out, so the failure reaches the caller
        assertThrows(LoginUnavailableException.class, () -> auth.login("clerk", "Right-pass-1"));
    }

    @Test
    void aCacheTimeOfZeroChecksEveryRequest() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        Authenticator auth = new Authenticator((u, p) -> {
            checks.incrementAndGet();
            return CLERK;
        }, clock, 0);
        auth.login("clerk", "Right-pass-1");
        auth.login("clerk", "Right-pass-1");
        assertEquals(2, checks.get());
    }

    @Test
    void aCheckThatBeganBeforeAForgetIsNotCached() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        Authenticator[] auth = new Authenticator[1];
        auth[0] = new Authenticator((u, p) -> {
            if (checks.incrementAndGet() == 1) {
                auth[0].forget("clerk"); // e.g. the password changed while this check ran
            }
            return CLERK;
        }, clock, 30);
        auth[0].login("clerk", "Right-pass-1");
        auth[0].login("clerk", "Right-pass-1");
        assertEquals(2, checks.get(), "the first answer was not kept");
        auth[0].login("clerk", "Right-pass-1");
        assertEquals(2, checks.get(), "the second was");
    }
}
