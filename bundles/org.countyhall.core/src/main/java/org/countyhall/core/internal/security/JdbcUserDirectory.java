package org.countyhall.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.sql.DataSource;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.BusinessKeys;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.internal.config.CoreConfig;
import org.countyhall.core.internal.db.Jdbc;
import org.countyhall.core.internal.rest.PublishedEndpoints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link UserDirectory} on tables CH_USER and CH_USER_ROLE; creates the first admin at first start.
 *
 * <p>The first admin is created on a thread of its own, once core's endpoints are published
 * ({@link AfterCoreEndpoints}). Logins wait for it (nobody can log in before an admin exists on a fresh database
 * anyway).
 */
@Component(service = UserDirectory.class, configurationPid = CoreConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class JdbcUserDirectory implements UserDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcUserDirectory.class);
    private static final Duration BOOTSTRAP_DEFERRAL = Duration.ofSeconds(30);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    /** Names that are paths of the REST API ({@code /api/v1/users/me}). */
    private static final Set<String> RESERVED = Set.of("me");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final String SELECT = "SELECT USERNAME, STAFF_NUMBER, DISPLAY_NAME, ENABLED, FAILED_COUNT, "
            + "LOCKED_UNTIL, CREATED_AT, EMAIL FROM CH_USER";

    private final Jdbc jdbc;
    private final Transactions tx;
    private final Clock clock;
    private final AuditLog audit;
    private final LoginEvents logins;
    private volatile LoginThrottle throttle;
    private volatile PasswordHasher hasher;
    private volatile LoginGate gate;
    private volatile PairLocks pairs;
    private volatile Duties duties = Duties.SHARED;
    private final UnknownNames unknownNames = new UnknownNames();
    private volatile String dummyHash;
    private final CompletableFuture<Void> bootstrap;
    private final Executor bootstrapRunner;
    private final InitialPasswordFile initialPassword = InitialPasswordFile.inKarafData();

    @Activate
    public JdbcUserDirectory(@Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource ds,
            @Reference Transactions tx, @Reference Clock clock, @Reference AuditLog audit,
            @Reference(target = "(domain=core)") Schema schema, @Reference PublishedEndpoints published,
            @Reference LoginEvents logins, CoreConfig config) {
        this(ds, tx, clock, audit, config, new AfterCoreEndpoints(published::awaitCore, BOOTSTRAP_DEFERRAL), logins);
    }

    /** With the executor that runs the first-admin bootstrap (tests hold it back to see logins wait). */
    JdbcUserDirectory(DataSource ds, Transactions tx, Clock clock, AuditLog audit, CoreConfig config,
            Executor bootstrapRunner) {
        this(ds, tx, clock, audit, config, bootstrapRunner, LoginEvents.NONE);
    }

    JdbcUserDirectory(DataSource ds, Transactions tx, Clock clock, AuditLog audit, CoreConfig config,
            Executor bootstrapRunner, LoginEvents logins) {
        this.logins = logins;
        this.jdbc = new Jdbc(ds);
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
        this.bootstrapRunner = bootstrapRunner;
        modified(config);
        AdminBootstrap admin = new AdminBootstrap(this, System.getenv(), System.getProperties(), initialPassword);
        this.bootstrap = CompletableFuture.runAsync(admin, bootstrapRunner).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.error("No admin created: {}", failure.toString());
            }
        }).thenRun(this::warnOfForeignStaffNumbers);
    }

    /**
     * Users created before staff numbers had one format (the staff directory's, {@link BusinessKeys}) may hold one
     * that no staff record can have: their department-head scope and audit link cannot work. Named in the log at
     * start (usernames only) so that county IT re-creates them; a login still works.
     */
    void warnOfForeignStaffNumbers() {
        try {
            List<String> users = foreignStaffNumbers();
            if (!users.isEmpty()) {
                LOG.warn("{} user(s) have a staff number that is not {}: {}; re-create them with a valid one",
                        users.size(), BusinessKeys.STAFF_NUMBER_RULE, String.join(", ", users));
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not check the users' staff numbers: {}", e.toString());
        }
    }

    /** The usernames whose stored staff number is not a valid staff number. */
    List<String> foreignStaffNumbers() {
        return jdbc.list("SELECT USERNAME, STAFF_NUMBER FROM CH_USER WHERE STAFF_NUMBER IS NOT NULL ORDER BY USERNAME",
                rs -> new String[] {rs.getString(1), rs.getString(2)}).stream()
                .filter(u -> BusinessKeys.validStaffNumber(u[1]) == null).map(u -> u[0]).toList();
    }

    /** Lets the first-admin bootstrap finish before the DataSource goes away. */
    @Deactivate
    void deactivate() {
        if (bootstrapRunner instanceof AfterCoreEndpoints deferred) {
            deferred.stopWaiting();
        }
        awaitBootstrap();
    }

    /** Waits, at most 60 s, until the first-admin bootstrap has ended (at once after the first start). */
    void awaitBootstrap() {
        if (bootstrap.isDone()) {
            return;
        }
        try {
            bootstrap.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // logged by the bootstrap itself; a login goes on and finds whatever the database holds
        }
    }

    @Modified
    void modified(CoreConfig config) {
        throttle = new LoginThrottle(config.security_maxFailures(), Duration.ofMinutes(config.security_lockMinutes()));
        pairs = new PairLocks(throttle);
        duties = new Duties(config.security_separationOfDuties());
        hasher = new PasswordHasher(config.security_hashIterations());
        int cores = Runtime.getRuntime().availableProcessors();
        gate = new LoginGate(config.security_maxConcurrentChecks() > 0 ? config.security_maxConcurrentChecks() : cores,
                Math.max(1, config.security_checksPerAddress()), Math.max(0, config.security_checkWaitMillis()));
        dummyHash = null; // computed at the first unknown-user login, not at start (a hash costs ~0.2 s here)
    }

    /**
     * Every attempt is first admitted and counted as a failure under a row lock, and only then is the password
     * checked; a correct password resets the count. Admission applies the rule table (docs/security.md): the
     * account's (account, client address) pair must not be locked ({@link PairLocks}) and the account's progressive
     * wait must be over ({@link AccountDelay}); an unknown name goes through the same rules in memory, so that every
     * name gets the same answers at the same cost.
     */
    @Override
    public Actor authenticate(String username, char[] password) throws LoginException {
        awaitBootstrap();
        String address = LoginOrigin.current();
        Attempt attempt = new Attempt();
        try {
            Actor actor = check(username, password, address, attempt);
            logins.succeeded(username, actor.staffNumber(), address);
            return actor;
        } catch (LoginRefusedException e) {
            logins.refused(attempt.known ? username : null, address, e.code());
            throw e;
        } catch (AccountLockedException e) {
            logins.refused(attempt.known ? username : null, address, "account-locked");
            throw e;
        } catch (FailedLoginException e) {
            logins.failed(attempt.known ? username : null, address);
            throw e;
        }
    }

    /** Whether the name of a login being checked turned out to be a user (for the audit, never for the answer). */
    private static final class Attempt {
        boolean known;
    }

    private Actor check(String username, char[] password, String address, Attempt attempt) throws LoginException {
        Instant now = clock.instant();
        Stored user;
        boolean right;
        // the gate bounds the hashing per client address and per node; it is entered before an attempt is counted,
        // so a login refused as busy costs the account nothing
        try (LoginGate.Slot slot = gate.enter(address)) {
            // an unknown name is found by a read, so made-up names write nothing
            Optional<Stored> found = username == null || !exists(username) ? Optional.empty()
                    : tx.required(() -> admit(username, address, now));
            if (found.isEmpty()) {
                refuse(unknownNames.admit(username == null ? "" : username, address, now), now);
                hasher.verify(password, dummyHash()); // same work as for a known user: timing does not reveal names
                throw new FailedLoginException("invalid user name or password");
            }
            attempt.known = true;
            user = found.get();
            refuse(user.admission, now);
            right = hasher.verify(password, user.hash);
        }
        if (!right || !user.enabled) {
            if (!pairs.allowed(username, address, now)) {
                LOG.warn("Account {} locked for one client address after {} failed logins from it", username,
                        throttle.maxFailures());
            }
            throw new FailedLoginException("invalid user name or password");
        }
        saveState(username, LoginState.unlocked());
        pairs.onSuccess(username, address, now);
        if (hasher.needsRehash(user.hash)) {
            // a hash from before a raise of security.hashIterations; replaced only if nobody changed it meanwhile.
            // Best effort: the password was right, so a failure here must not refuse the login
            try {
                jdbc.update("UPDATE CH_USER SET PASSWORD_HASH = ? WHERE USERNAME = ? AND PASSWORD_HASH = ?",
                        hasher.hash(password), username, user.hash);
            } catch (RuntimeException e) {
                LOG.warn("Could not upgrade the password hash of {}: {}", username, e.getClass().getSimpleName());
            }
        }
        Actor actor = new Actor(username, user.staffNumber, roles(username));
        if (actor.hasRole(Roles.ADMIN)) {
            initialPassword.adminLoggedIn();
        }
        return actor;
    }

    /** Throws the refusal an admission says, if any: a locked pair (429 account-locked) or a wait (429 login-delayed). */
    private static void refuse(Admission a, Instant now) throws LoginException {
        if (a.lockedUntil() != null) {
            throw new AccountLockedException("account locked for this address until " + a.lockedUntil());
        }
        if (a.waitUntil() != null) {
            long seconds = Math.max(1, Duration.between(now, a.waitUntil()).toSeconds()
                    + (Duration.between(now, a.waitUntil()).toNanosPart() > 0 ? 1 : 0));
            throw new LoginRefusedException(429, "login-delayed", seconds,
                    "Too many failed logins for this account; try again in " + seconds + " s");
        }
    }

    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            h = hasher.hash("not-a-password".toCharArray());
            dummyHash = h;
        }
        return h;
    }

    private boolean exists(String username) {
        return jdbc.one("SELECT USERNAME FROM CH_USER WHERE USERNAME = ?", rs -> rs.getString(1), username).isPresent();
    }

    /**
     * Locks the user's row, then either refuses (pair locked, or the account's wait not over) or records the attempt
     * as a provisional failure of the account and of the pair.
     */
    private Optional<Stored> admit(String username, String address, Instant now) {
        if (jdbc.update("UPDATE CH_USER SET ROW_VERSION = ROW_VERSION WHERE USERNAME = ?", username) == 0) {
            return Optional.empty();
        }
        Stored s = jdbc.one("SELECT PASSWORD_HASH, ENABLED, FAILED_COUNT, LOCKED_UNTIL, LAST_FAILURE, STAFF_NUMBER "
                + "FROM CH_USER WHERE USERNAME = ?", rs -> new Stored(rs.getString(1), rs.getBoolean(2),
                        new LoginState(rs.getInt(3), null, Jdbc.instant(rs, "LAST_FAILURE")),
                        rs.getString(6), Admission.ADMITTED), username).orElseThrow();
        Admission a = admission(username, address, s.state, now);
        if (a == Admission.ADMITTED) {
            saveState(username, new LoginState(s.state.consecutiveFailures() + 1, null, now));
            pairs.onAttempt(username, address, now);
        }
        return Optional.of(new Stored(s.hash, s.enabled, s.state, s.staffNumber, a));
    }

    private Admission admission(String username, String address, LoginState account, Instant now) {
        if (!pairs.allowed(username, address, now)) {
            return new Admission(pairs.lockedUntil(username, address), null);
        }
        Instant next = AccountDelay.nextCheck(account);
        return next != null && now.isBefore(next) ? new Admission(null, next) : Admission.ADMITTED;
    }

    /** The answer of the rule table for one attempt: admitted, or refused until a time. */
    record Admission(Instant lockedUntil, Instant waitUntil) {
        static final Admission ADMITTED = new Admission(null, null);
    }

    /** The same rules for names that are no user, in memory: their answers must not tell them apart. */
    private final class UnknownNames {
        private final Map<String, LoginState> states = new HashMap<>();

        synchronized Admission admit(String name, String address, Instant now) {
            if (states.size() >= 10_000) {
                states.clear();
            }
            LoginState s = states.getOrDefault(name, LoginState.unlocked());
            Admission a = admission(name, address, s, now);
            if (a == Admission.ADMITTED) {
                states.put(name, new LoginState(s.consecutiveFailures() + 1, null, now));
                pairs.onAttempt(name, address, now);
            }
            return a;
        }
    }

    @Override
    public UserRecord create(String username, char[] password, String staffNumber, String displayName, String email,
            Set<String> roles) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "2-64 lower-case letters, digits, '.', '_' or '-'"));
        } else if (RESERVED.contains(username)) {
            errors.add(new FieldError("username", "'" + username + "' is reserved"));
        }
        // the staff directory's format (BusinessKeys), so a login can always be linked to its staff record
        String staff = BusinessKeys.staffNumber(staffNumber, "staffNumber", false, errors);
        if (displayName != null && displayName.length() > 100) {
            errors.add(new FieldError("displayName", "at most 100 characters"));
        }
        checkEmail(email, errors);
        checkPassword(username, password, errors);
        checkRoles(roles, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String hash = hasher.hash(password);
        return tx.required(() -> {
            if (find(username).isPresent()) {
                throw new ConflictException("duplicate-user", "User " + username + " already exists");
            }
            Instant now = clock.instant();
            jdbc.update("INSERT INTO CH_USER (USERNAME, PASSWORD_HASH, STAFF_NUMBER, DISPLAY_NAME, EMAIL, ENABLED, "
                    + "FAILED_COUNT, CREATED_AT, UPDATED_AT, ROW_VERSION) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, 0)",
                    username, hash, staff, displayName, email, true, now, now);
            insertRoles(username, roles);
            audit.record("user.create", "user/" + username, "roles=" + new TreeSet<>(roles));
            return find(username).orElseThrow();
        });
    }

    @Override
    public Optional<UserRecord> find(String username) {
        // read the row and close it before asking for the roles: one pooled connection per query, never two
        Optional<UserRecord> row = jdbc.one(SELECT + " WHERE USERNAME = ?", rs -> new UserRecord(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(8), rs.getBoolean(4), Set.of(), rs.getInt(5),
                Jdbc.instant(rs, "LOCKED_UNTIL"), Jdbc.instant(rs, "CREATED_AT")), username);
        return row.map(u -> new UserRecord(u.username(), u.staffNumber(), u.displayName(), u.email(), u.enabled(),
                roles(u.username()), u.failedLogins(), u.lockedUntil(), u.createdAt()));
    }

    @Override
    public Page<UserRecord> list(String usernamePrefix, PageRequest page) {
        String like = Jdbc.prefix(usernamePrefix);
        long total = jdbc.count("SELECT COUNT(*) FROM CH_USER WHERE USERNAME" + Jdbc.LIKE_PREFIX, like);
        Map<String, Set<String>> roles = new HashMap<>();
        List<UserRecord> rows = jdbc.page(SELECT + " WHERE USERNAME" + Jdbc.LIKE_PREFIX + " ORDER BY USERNAME", page.offset(),
                page.limit(), rs -> new UserRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(8), rs.getBoolean(4), Set.of(), rs.getInt(5), Jdbc.instant(rs, "LOCKED_UNTIL"),
                        Jdbc.instant(rs, "CREATED_AT")),
                like);
        jdbc.list("SELECT USERNAME, ROLE_NAME FROM CH_USER_ROLE", rs -> roles
                .computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2)));
        List<UserRecord> withRoles = rows.stream().map(u -> new UserRecord(u.username(), u.staffNumber(),
                u.displayName(), u.email(), u.enabled(), roles.getOrDefault(u.username(), Set.of()), u.failedLogins(),
                u.lockedUntil(), u.createdAt())).toList();
        return new Page<>(withRoles, page.offset(), page.limit(), total);
    }

    @Override
    public UserRecord setRoles(String username, Set<String> roles) {
        List<FieldError> errors = new ArrayList<>();
        checkRoles(roles, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return tx.required(() -> {
            UserRecord current = existing(username);
            for (String role : duties.mustRemain()) {
                if (!roles.contains(role) && isLastEnabled(role, current)) {
                    throw new ConflictException("last-admin", "The last enabled " + role + " cannot lose that role");
                }
            }
            jdbc.update("DELETE FROM CH_USER_ROLE WHERE USERNAME = ?", username);
            insertRoles(username, roles);
            touch(username);
            audit.record("user.roles", "user/" + username, "roles=" + new TreeSet<>(roles));
            return existing(username);
        });
    }

    @Override
    public UserRecord setEnabled(String username, boolean enabled) {
        return tx.required(() -> {
            UserRecord current = existing(username);
            for (String role : duties.mustRemain()) {
                if (!enabled && isLastEnabled(role, current)) {
                    throw new ConflictException("last-admin", "The last enabled " + role + " cannot be disabled");
                }
            }
            jdbc.update("UPDATE CH_USER SET ENABLED = ?, UPDATED_AT = ?, ROW_VERSION = ROW_VERSION + 1 "
                    + "WHERE USERNAME = ?", enabled, clock.instant(), username);
            audit.record(enabled ? "user.enable" : "user.disable", "user/" + username, null);
            return existing(username);
        });
    }

    @Override
    public UserRecord setEmail(String username, String email) {
        List<FieldError> errors = new ArrayList<>();
        checkEmail(email, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return tx.required(() -> {
            existing(username);
            jdbc.update("UPDATE CH_USER SET EMAIL = ?, UPDATED_AT = ?, ROW_VERSION = ROW_VERSION + 1 WHERE USERNAME = ?",
                    email, clock.instant(), username);
            audit.record("user.email", "user/" + username, null);
            return existing(username);
        });
    }

    @Override
    public UserRecord unlock(String username) {
        return tx.required(() -> {
            existing(username);
            saveState(username, LoginState.unlocked());
            touch(username); // every node's user change watcher ends the locks it holds in memory
            pairs.clear(username);
            audit.record("user.unlock", "user/" + username, null);
            return existing(username);
        });
    }

    @Override
    public void changePassword(String username, char[] newPassword) {
        List<FieldError> errors = new ArrayList<>();
        checkPassword(username, newPassword, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String hash = hasher.hash(newPassword);
        tx.required(() -> {
            existing(username);
            jdbc.update("UPDATE CH_USER SET PASSWORD_HASH = ?, FAILED_COUNT = 0, LOCKED_UNTIL = NULL, "
                    + "UPDATED_AT = ?, ROW_VERSION = ROW_VERSION + 1 WHERE USERNAME = ?", hash, clock.instant(),
                    username);
            audit.record("user.password", "user/" + username, null);
        });
        pairs.clear(username);
    }

    @Override
    public void changedElsewhere(String username) {
        pairs.clear(username);
    }

    @Override
    public List<String> validRoles() {
        return new ArrayList<>(new TreeSet<>(Roles.ALL));
    }

    long adminCount() {
        return holders(Roles.ADMIN);
    }

    private long holders(String role) {
        return jdbc.count("SELECT COUNT(*) FROM CH_USER_ROLE R JOIN CH_USER U ON U.USERNAME = R.USERNAME "
                + "WHERE R.ROLE_NAME = ? AND U.ENABLED = ?", role, true);
    }

    /** Only an enabled holder counts: a disabled one may be demoted or disabled again while another one remains. */
    private boolean isLastEnabled(String role, UserRecord user) {
        if (!user.enabled() || !user.roles().contains(role)) {
            return false;
        }
        // lock every holder's row first, so two administrators removing each other at once are serialised
        jdbc.update("UPDATE CH_USER SET ROW_VERSION = ROW_VERSION WHERE USERNAME IN "
                + "(SELECT USERNAME FROM CH_USER_ROLE WHERE ROLE_NAME = ?)", role);
        return holders(role) <= 1;
    }

    private UserRecord existing(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("No user " + username));
    }

    private Set<String> roles(String username) {
        return new HashSet<>(jdbc.list("SELECT ROLE_NAME FROM CH_USER_ROLE WHERE USERNAME = ?",
                rs -> rs.getString(1), username));
    }

    private void insertRoles(String username, Set<String> roles) {
        for (String role : roles) {
            jdbc.update("INSERT INTO CH_USER_ROLE (USERNAME, ROLE_NAME) VALUES (?, ?)", username, role);
        }
    }

    private void touch(String username) {
        jdbc.update("UPDATE CH_USER SET UPDATED_AT = ?, ROW_VERSION = ROW_VERSION + 1 WHERE USERNAME = ?",
                clock.instant(), username);
    }

    private void saveState(String username, LoginState s) {
        jdbc.update("UPDATE CH_USER SET FAILED_COUNT = ?, LOCKED_UNTIL = ?, LAST_FAILURE = ? WHERE USERNAME = ?",
                s.consecutiveFailures(), s.lockedUntil(), s.lastFailure(), username);
    }

    private static void checkPassword(String username, char[] password, List<FieldError> errors) {
        if (password == null) {
            errors.add(new FieldError("password", "required"));
            return;
        }
        for (String m : PasswordPolicy.validate(username == null ? "" : username, password)) {
            errors.add(new FieldError("password", m));
        }
    }

    private static void checkEmail(String email, List<FieldError> errors) {
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("email", "an e-mail address such as name@example.org, at most 200 characters"));
        }
    }

    private void checkRoles(Set<String> roles, List<FieldError> errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "at least one role"));
            return;
        }
        for (String r : roles) {
            if (r == null || !Roles.ALL.contains(r)) {
                errors.add(new FieldError("roles", "unknown role '" + r + "'; valid: " + new TreeSet<>(Roles.ALL)));
            }
        }
        duties.conflict(roles).ifPresent(why -> errors.add(new FieldError("roles", why)));
    }


    private record Stored(String hash, boolean enabled, LoginState state, String staffNumber, Admission admission) {
    }
}
