package org.countyhall.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.internal.config.CoreConfig;
import org.countyhall.core.internal.config.TestCoreConfig;
import org.countyhall.core.internal.db.DirectTransactions;
import org.countyhall.core.internal.db.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Users on Derby: the first admin, lockout after 5 failures for 15 minutes, validation, the last-admin rule, audit. */
class JdbcUserDirectoryTest {

    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");
    private static final String ADMIN_PASSWORD = "Admin-pass-2026";
    private static final String PASSWORD = "Window-2026";
    private static final String WRONG = "Wrong-pass-1";
    private static final String ADMIN_PASSWORD_PROPERTY = "countyhall.admin.password";

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private final TestClock clock = new TestClock(T0);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private JdbcUserDirectory users;


    @BeforeEach
    void setUp() {
        users = start(ADMIN_PASSWORD);
    }

    @Test
    void aUsersStaffNumberHasTheStaffDirectorysFormatAndAnOlderOneIsNamedAtStart() throws Exception {
        users.create("clerk.zhou", PASSWORD.toCharArray(), " s-019 ", null, null, Set.of("window"));
        assertEquals("S-019", users.find("clerk.zhou").orElseThrow().staffNumber());
        ValidationException tooLong = assertThrows(ValidationException.class, () -> users.create("clerk.qian",
                PASSWORD.toCharArray(), "S-123456789012345678901", null, null, Set.of("window")));
        assertEquals(List.of(new FieldError("staffNumber", "a staff number: 1 to 20 letters, digits or dashes, "
                + "starting with a letter or digit")), tooLong.errors());
        // written before the formats were one: 21 to 32 characters, or a leading dash, were accepted then
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE CH_USER SET STAFF_NUMBER = '-OLD' WHERE USERNAME = 'clerk.zhou'");
        }
        assertEquals(List.of("clerk.zhou"), users.foreignStaffNumbers());
    }

    @Test
    void firstStartCreatesTheAdminFromTheSystemProperty() throws LoginException {
        assertEquals(new UserRecord("admin", null, "Administrator", null, true, Set.of("admin"), 0, null, T0),
                users.find("admin").orElseThrow());
        assertEquals(new Actor("admin", null, Set.of("admin")),
                users.authenticate("admin", ADMIN_PASSWORD.toCharArray()));
        assertEquals(List.of(new Entry("user.create", "user/admin", "roles=[admin]")), audit.entries);
    }

    @Test
    void aGeneratedPasswordGoesToTheOwnerOnlyFileNeverToStdoutAndTheFileGoesAtTheFirstAdminLogin(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path data) throws Exception {
        db.deleteAllRows();
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setProperty("karaf.data", data.toString());
        JdbcUserDirectory fresh;
        try {
            System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
            fresh = new JdbcUserDirectory(db.dataSource(), DirectTransactions.INSTANCE, clock, audit, config(1000),
                    Runnable::run);
        } finally {
            System.setOut(stdout);
            System.clearProperty("karaf.data");
        }
        java.nio.file.Path file = data.resolve("countyhall/initial-admin-password");
        String password = java.nio.file.Files.readString(file).strip();
        assertEquals(Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE), java.nio.file.Files.getPosixFilePermissions(file));
        String console = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(console.contains(file.toString()), console);
        assertFalse(console.contains(password), "the password is not printed");

        assertThrows(FailedLoginException.class, () -> fresh.authenticate("admin", WRONG.toCharArray()));
        assertTrue(java.nio.file.Files.exists(file), "a failed login leaves the file");
        assertEquals(new Actor("admin", null, Set.of("admin")), fresh.authenticate("admin", password.toCharArray()));
        assertFalse(java.nio.file.Files.exists(file), "removed once the admin has logged in");
    }

    @Test
    void everyChangeOfAUserIsFoundByTheNextPollOnceAndLoginsChangeNothing() throws LoginException {
        UserChanges changes = new UserChanges(new org.countyhall.core.internal.db.Jdbc(db.dataSource()), clock,
                Duration.ofMinutes(2));
        List<String> seen = new ArrayList<>();
        changes.poll(seen::add);
        assertEquals(List.of(), seen, "the first poll only takes note");
        createClerk();
        changes.poll(seen::add);
        assertEquals(List.of(), seen, "a new user has nothing to forget");
        users.authenticate("clerk.li", PASSWORD.toCharArray());
        assertThrows(FailedLoginException.class, () -> users.authenticate("clerk.li", WRONG.toCharArray()));
        changes.poll(seen::add);
        assertEquals(List.of(), seen, "logins, right or wrong, are no change");
        users.setRoles("clerk.li", Set.of("window", "office"));
        changes.poll(seen::add);
        changes.poll(seen::add);
        assertEquals(List.of("clerk.li"), seen, "reported once");
        users.changePassword("clerk.li", "Window-2027-new".toCharArray());
        users.setEnabled("clerk.li", false);
        changes.poll(seen::add);
        assertEquals(List.of("clerk.li", "clerk.li"), seen);
        clock.advance(Duration.ofMinutes(3));
        users.setEnabled("clerk.li", true);
        changes.poll(seen::add);
        assertEquals(3, seen.size(), "a change long after the last is found too");
    }

    @Test
    void aLoginDuringTheFirstAdminBootstrapWaitsForIt() throws Exception {
        db.deleteAllRows();
        audit.entries.clear();
        java.util.concurrent.CompletableFuture<Runnable> held = new java.util.concurrent.CompletableFuture<>();
        JdbcUserDirectory fresh = start(ADMIN_PASSWORD, 1000, held::complete);
        assertEquals(0, db.committedRows("CH_USER"), "the bootstrap has not run yet");

        java.util.concurrent.FutureTask<Actor> login = new java.util.concurrent.FutureTask<>(
                () -> fresh.authenticate("admin", ADMIN_PASSWORD.toCharArray()));
        Thread client = new Thread(login, "early-login");
        client.start();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (client.getState() != Thread.State.TIMED_WAITING) { // parked in the wait for the bootstrap
            assertTrue(client.isAlive(), "the login ended before the admin existed");
            assertTrue(System.nanoTime() < deadline, "the login never waited: " + client.getState());
            Thread.onSpinWait();
        }
        held.get().run(); // the bootstrap thread's work
        assertEquals(new Actor("admin", null, Set.of("admin")), login.get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(1, db.committedRows("CH_USER"));
    }

    @Test
    void aHashWithFewerIterationsThanConfiguredIsReplacedAtTheNextLogin() throws LoginException {
        String before = adminHash();
        assertTrue(before.startsWith("pbkdf2-sha256$1000$"), before);
        JdbcUserDirectory raised = start("unused-Pass-2030", 2000, Runnable::run);
        assertThrows(FailedLoginException.class, () -> raised.authenticate("admin", WRONG.toCharArray()));
        assertEquals(before, adminHash(),
                "a failed login changes no hash");

        raised.authenticate("admin", ADMIN_PASSWORD.toCharArray());
        String after = adminHash();
        assertTrue(after.startsWith("pbkdf2-sha256$2000$"), after);
        assertEquals(new Actor("admin", null, Set.of("admin")), raised.authenticate("admin", ADMIN_PASSWORD.toCharArray()));
        assertEquals(new Actor("admin", null, Set.of("admin")), users.authenticate("admin", ADMIN_PASSWORD.toCharArray()),
                "a node still configured with fewer iterations verifies the new hash by its recorded count");
        assertEquals(after, adminHash(),
                "and does not lower it");
    }

    @Test
    void laterStartKeepsTheExistingAdmin() throws LoginException {
        JdbcUserDirectory restarted = start("Other-pass-2027");

        assertEquals(1, db.committedRows("CH_USER"));
        assertEquals(new Actor("admin", null, Set.of("admin")),
                restarted.authenticate("admin", ADMIN_PASSWORD.toCharArray()));
        assertEquals(1, audit.entries.size());
    }

    @Test
    void twoFailuresAreFreeThenTheAccountWaits1Then2Then4SecondsAndAnEarlyTryIsNotCounted() throws Exception {
        createClerk();
        failLogins("clerk.li", 3); // at T0: the 1st and 2nd are free, the 3rd makes the next wait 1 s
        assertEquals(3, users.find("clerk.li").orElseThrow().failedLogins());
        LoginRefusedException early = assertThrows(LoginRefusedException.class,
                () -> users.authenticate("clerk.li", PASSWORD.toCharArray()));
        assertEquals(429, early.status());
        assertEquals("login-delayed", early.code());
        assertEquals(1, early.retryAfterSeconds());
        assertEquals(3, users.find("clerk.li").orElseThrow().failedLogins(), "a refused try is not counted");

        clock.advance(Duration.ofSeconds(1));
        from("198.51.100.2", () -> failLogins("clerk.li", 1)); // the 4th: next wait 2 s
        clock.advance(Duration.ofMillis(1999));
        assertEquals(1, assertThrows(LoginRefusedException.class, // 1 ms left, rounded up
                () -> from("198.51.100.2", () -> users.authenticate("clerk.li", WRONG.toCharArray()))).retryAfterSeconds());
        clock.advance(Duration.ofMillis(1));
        from("198.51.100.3", () -> failLogins("clerk.li", 1)); // the 5th: next wait 4 s
        clock.advance(Duration.ofSeconds(4));
        assertEquals(new Actor("clerk.li", "S-017", Set.of("window")),
                from("198.51.100.3", () -> users.authenticate("clerk.li", PASSWORD.toCharArray())));
        assertEquals(0, users.find("clerk.li").orElseThrow().failedLogins(), "a success resets the count");
    }

    @Test
    void theWaitStopsAt30SecondsAndTheAccountIsNeverLockedByGuessesFromManyAddresses() throws Exception {
        createClerk();
        for (int i = 0; i < 20; i++) { // 20 addresses, one guess each
            clock.advance(Duration.ofSeconds(30));
            from("203.0.113." + i, () -> failLogins("clerk.li", 1));
        }
        assertEquals(Duration.ofSeconds(30), AccountDelay.after(20));
        clock.advance(Duration.ofSeconds(30));
        assertEquals("clerk.li", users.authenticate("clerk.li", PASSWORD.toCharArray()).username(),
                "the user logs in from the hall's own address");
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressAloneFor15Minutes() throws Exception {
        createClerk();
        for (int i = 0; i < 5; i++) {
            from("203.0.113.9", () -> failLogins("clerk.li", 1));
            clock.advance(Duration.ofSeconds(4)); // past each wait (at most 4 s after the 5th)
        }
        AccountLockedException locked = assertThrows(AccountLockedException.class,
                () -> from("203.0.113.9", () -> users.authenticate("clerk.li", PASSWORD.toCharArray())));
        assertEquals("account locked for this address until 2026-11-27T01:15:16Z", locked.getMessage());
        clock.advance(Duration.ofSeconds(4));
        assertEquals("clerk.li", from("198.51.100.2",
                () -> users.authenticate("clerk.li", PASSWORD.toCharArray())).username(), "another address logs in");
        clock.advance(Duration.ofMinutes(15).minusSeconds(9));
        assertThrows(AccountLockedException.class,
                () -> from("203.0.113.9", () -> users.authenticate("clerk.li", PASSWORD.toCharArray())));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("clerk.li", from("203.0.113.9",
                () -> users.authenticate("clerk.li", PASSWORD.toCharArray())).username(), "the lock has ended");
    }

    @Test
    void unlockEndsTheAddressLocksAndTheWaitAtOnce() throws Exception {
        createClerk();
        for (int i = 0; i < 5; i++) {
            failLogins("clerk.li", 1);
            clock.advance(Duration.ofSeconds(4));
        }
        assertThrows(AccountLockedException.class, () -> users.authenticate("clerk.li", PASSWORD.toCharArray()));

        UserRecord unlocked = users.unlock("clerk.li");

        assertEquals(0, unlocked.failedLogins());
        assertNull(unlocked.lockedUntil());
        assertEquals("clerk.li", users.authenticate("clerk.li", PASSWORD.toCharArray()).username());
    }

    @Test
    void anUnknownNameGetsTheSameAnswersAsAKnownOne() throws Exception {
        createClerk();
        for (String name : new String[] {"clerk.li", "nobody"}) {
            failLogins(name, 3);
            assertEquals("login-delayed", assertThrows(LoginRefusedException.class,
                    () -> users.authenticate(name, WRONG.toCharArray())).code(), name);
            clock.advance(Duration.ofSeconds(1));
            failLogins(name, 1);
            clock.advance(Duration.ofSeconds(2));
            failLogins(name, 1);
            clock.advance(Duration.ofSeconds(4));
            assertThrows(AccountLockedException.class, () -> users.authenticate(name, WRONG.toCharArray()), name);
        }
        assertEquals(2, db.committedRows("CH_USER"), "made-up names wrote nothing (admin and clerk.li)");
    }

    @Test
    void disabledUserCannotLogIn() throws LoginException {
        createClerk();

        users.setEnabled("clerk.li", false);

        assertThrows(FailedLoginException.class, () -> users.authenticate("clerk.li", PASSWORD.toCharArray()));
        users.setEnabled("clerk.li", true);
        assertEquals("clerk.li", users.authenticate("clerk.li", PASSWORD.toCharArray()).username());
    }

    @Test
    void unknownUserFailsLikeAWrongPassword() {
        createClerk();

        FailedLoginException unknown = assertThrows(FailedLoginException.class,
                () -> users.authenticate("nobody", PASSWORD.toCharArray()));
        FailedLoginException wrong = assertThrows(FailedLoginException.class,
                () -> users.authenticate("clerk.li", WRONG.toCharArray()));

        assertEquals(wrong.getMessage(), unknown.getMessage());
        assertEquals("invalid user name or password", unknown.getMessage());
        assertThrows(FailedLoginException.class, () -> users.authenticate(null, PASSWORD.toCharArray()));
    }

    @Test
    void createListsEveryInvalidFieldAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> users.create("Li Na", "abcdefghijk".toCharArray(), null, null, "not-an-address", Set.of("mayor")));

        assertEquals(List.of(
                new FieldError("username", "2-64 lower-case letters, digits, '.', '_' or '-'"),
                new FieldError("email", "an e-mail address such as name@example.org, at most 200 characters"),
                new FieldError("password", "The password must mix at least two of: letters, digits, other characters."),
                new FieldError("roles", "unknown role 'mayor'; valid: [admin, audit-admin, dept-head, door, "
                        + "finance, finance-manager, office, sales-manager, security-admin, supervisor, window]")),
                e.errors());
        assertEquals(1, db.committedRows("CH_USER"), "only the admin");
        assertEquals(1, db.committedRows("CH_USER_ROLE"));
        assertEquals(1, audit.entries.size());
    }

    @Test
    void duplicateUserIsAConflict() {
        createClerk();

        ConflictException e = assertThrows(ConflictException.class, this::createClerk);

        assertEquals("duplicate-user", e.code());
        assertEquals(2, db.committedRows("CH_USER"));
        assertEquals(2, audit.entries.size());
    }

    @Test
    void lastAdminCannotLoseTheRoleOrBeDisabled() {
        ConflictException demote = assertThrows(ConflictException.class,
                () -> users.setRoles("admin", Set.of("office")));
        ConflictException disable = assertThrows(ConflictException.class, () -> users.setEnabled("admin", false));

        assertEquals("last-admin", demote.code());
        assertEquals("last-admin", disable.code());
        UserRecord admin = users.find("admin").orElseThrow();
        assertEquals(Set.of("admin"), admin.roles());
        assertTrue(admin.enabled());

        users.create("deputy", "Deputy-2026".toCharArray(), null, null, null, Set.of("admin"));
        assertEquals(Set.of("office"), users.setRoles("admin", Set.of("office")).roles(), "no longer the last admin");
    }

    @Test
    void disabledAdminIsNotTheLastAdmin() {
        users.create("deputy", "Deputy-2026".toCharArray(), null, null, null, Set.of("admin"));
        users.setEnabled("deputy", false);

        assertFalse(users.setEnabled("deputy", false).enabled(), "disabling again changes nothing");
        assertEquals(Set.of("office"), users.setRoles("deputy", Set.of("office")).roles());
        assertEquals(Set.of("admin"), users.find("admin").orElseThrow().roles());
    }

    @Test
    void changedPasswordReplacesTheOldOne() throws LoginException {
        createClerk();

        users.changePassword("clerk.li", "Counter-2027".toCharArray());

        assertThrows(FailedLoginException.class, () -> users.authenticate("clerk.li", PASSWORD.toCharArray()));
        assertEquals("clerk.li", users.authenticate("clerk.li", "Counter-2027".toCharArray()).username());
    }

    @Test
    void writesAreAudited() {
        createClerk();
        users.setRoles("clerk.li", Set.of("window", "office"));
        users.unlock("clerk.li");
        users.changePassword("clerk.li", "Counter-2027".toCharArray());

        assertEquals(List.of(
                new Entry("user.create", "user/admin", "roles=[admin]"),
                new Entry("user.create", "user/clerk.li", "roles=[window]"),
                new Entry("user.roles", "user/clerk.li", "roles=[office, window]"),
                new Entry("user.unlock", "user/clerk.li", null),
                new Entry("user.password", "user/clerk.li", null)),
                audit.entries);
    }

    /** A start whose first-admin bootstrap runs at once, on this thread. */
    private JdbcUserDirectory start(String adminPassword) {
        return start(adminPassword, 1000, Runnable::run);
    }

    private JdbcUserDirectory start(String adminPassword, int hashIterations, java.util.concurrent.Executor bootstrap) {
        System.setProperty(ADMIN_PASSWORD_PROPERTY, adminPassword);
        try {
            return new JdbcUserDirectory(db.dataSource(), DirectTransactions.INSTANCE, clock, audit,
                    config(hashIterations), bootstrap);
        } finally {
            System.clearProperty(ADMIN_PASSWORD_PROPERTY);
        }
    }

    private String adminHash() {
        return new org.countyhall.core.internal.db.Jdbc(db.dataSource())
                .one("SELECT PASSWORD_HASH FROM CH_USER WHERE USERNAME = ?", rs -> rs.getString(1), "admin").orElseThrow();
    }

    private void createClerk() {
        users.create("clerk.li", PASSWORD.toCharArray(), "S-017", "Li Na", "li.na@example.org", Set.of("window"));
    }

    /** Runs a login as if it came from {@code address} (REST hands the address over this way). */
    private static <T> T from(String address, java.util.concurrent.Callable<T> login) throws Exception {
        return LoginOrigin.as(address, login);
    }

    private static void from(String address, Runnable login) throws Exception {
        LoginOrigin.as(address, () -> {
            login.run();
            return null;
        });
    }

    private void failLogins(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThrows(FailedLoginException.class, () -> users.authenticate(username, WRONG.toCharArray()));
        }
    }

    /** The defaults of {@link CoreConfig}, except few hash iterations to keep the tests fast. */
    private static CoreConfig config(int hashIterations) {
        return TestCoreConfig.with(Map.of("security_hashIterations", hashIterations));
    }

    private record Entry(String action, String target, String detail) {
    }

    /** Keeps every recorded action in a list. */
    private static final class RecordingAuditLog implements AuditLog {

        final List<Entry> entries = new ArrayList<>();

        @Override
        public void record(String action, String target, String detail) {
            entries.add(new Entry(action, target, detail));
        }

        @Override
        public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void anEmailAddressIsValidatedStoredAndCleared() {
        users.create("clerk.wang", PASSWORD.toCharArray(), "S-018", "Wang Fang", "wang.fang@example.org",
                Set.of("office"));
        assertEquals("wang.fang@example.org", users.find("clerk.wang").orElseThrow().email());
        assertThrows(ValidationException.class, () -> users.setEmail("clerk.wang", "wang@example.org\r\nBcc: x@y.org"));
        assertEquals("wang.fang@example.org", users.find("clerk.wang").orElseThrow().email());
        assertEquals(null, users.setEmail("clerk.wang", null).email());
    }

    @Test
    void separatedDutiesRefuseTwoAdministratorRolesForOneUserAndKeepALastHolderOfEach() {
        JdbcUserDirectory separated = new JdbcUserDirectory(db.dataSource(), DirectTransactions.INSTANCE, clock, audit,
                TestCoreConfig.with(Map.of("security_hashIterations", 1000, "security_separationOfDuties", true)),
                Runnable::run);
        ValidationException both = assertThrows(ValidationException.class, () -> separated.create("chen",
                "Security-2026".toCharArray(), null, null, null, Set.of("admin", "audit-admin")));
        assertEquals(List.of(new FieldError("roles",
                "separation of duties: [admin, audit-admin] must be held by different users")), both.errors());
        assertTrue(separated.find("chen").isEmpty(), "nothing written");

        separated.create("sec.wang", "Security-2026".toCharArray(), null, null, null, Set.of("security-admin"));
        assertThrows(ValidationException.class, () -> separated.setRoles("sec.wang", Set.of("security-admin", "admin")));
        ConflictException demote = assertThrows(ConflictException.class,
                () -> separated.setRoles("sec.wang", Set.of("office")));
        assertEquals("last-admin", demote.code());
        assertEquals("The last enabled security-admin cannot lose that role", demote.getMessage());
        assertThrows(ConflictException.class, () -> separated.setEnabled("sec.wang", false));
        assertEquals(Set.of("security-admin"), separated.find("sec.wang").orElseThrow().roles());

        separated.create("sec.zhao", "Security-2026".toCharArray(), null, null, null, Set.of("security-admin"));
        assertEquals(Set.of("office"), separated.setRoles("sec.wang", Set.of("office")).roles(), "another one remains");
        assertEquals(Set.of("admin", "audit-admin"), users.setRoles("sec.zhao", Set.of("admin", "audit-admin")).roles(),
                "shared duties (the default) allow both");
    }

    @Test
    void everyLoginIsToldToTheAuditButNeverANameThatIsNoUser() throws Exception {
        createClerk();
        List<String> told = new ArrayList<>();
        LoginEvents recording = new LoginEvents() {
            @Override
            public void succeeded(String username, String staffNumber, String address) {
                told.add("success " + username + " " + staffNumber + " " + address);
            }

            @Override
            public void failed(String username, String address) {
                told.add("failure " + username + " " + address);
            }

            @Override
            public void refused(String username, String address, String code) {
                told.add("refused " + username + " " + address + " " + code);
            }
        };
        JdbcUserDirectory audited = new JdbcUserDirectory(db.dataSource(), DirectTransactions.INSTANCE, clock, audit,
                config(1000), Runnable::run, recording);

        from("198.51.100.1", () -> audited.authenticate("clerk.li", PASSWORD.toCharArray()));
        for (int i = 0; i < 3; i++) {
            assertThrows(FailedLoginException.class,
                    () -> from("198.51.100.2", () -> audited.authenticate("clerk.li", WRONG.toCharArray())));
        }
        assertThrows(LoginRefusedException.class,
                () -> from("198.51.100.2", () -> audited.authenticate("clerk.li", PASSWORD.toCharArray())));
        assertThrows(FailedLoginException.class,
                () -> from("198.51.100.2", () -> audited.authenticate("Window-2026", WRONG.toCharArray())));
        audited.authenticate("admin", ADMIN_PASSWORD.toCharArray());

        assertEquals(List.of("success clerk.li S-017 198.51.100.1",
                "failure clerk.li 198.51.100.2", "failure clerk.li 198.51.100.2", "failure clerk.li 198.51.100.2",
                "refused clerk.li 198.51.100.2 login-delayed",
                "failure null 198.51.100.2", // a password typed as the name is not passed on
                "success admin null "), told);
    }
}
