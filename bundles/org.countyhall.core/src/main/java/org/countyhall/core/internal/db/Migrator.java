package org.countyhall.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Applies a domain's pending migrations in one transaction under an exclusive lock on
 * {@code CH_SCHEMA_VERSION}, so several nodes may start at once; stateless and thread-safe.
 */
public final class Migrator {

    /** Table recording applied scripts, shared by all domains. */
    public static final String TABLE = "CH_SCHEMA_VERSION";
    /** Longest domain name that fits {@code CH_SCHEMA_VERSION.DOMAIN}. */
    public static final int MAX_DOMAIN = 64;

    // Unquoted names: Derby folds them to upper case, PostgreSQL to lower case; both resolve them alike later.
    private static final String CREATE = "CREATE TABLE " + TABLE + " ("
            + "DOMAIN VARCHAR(64) NOT NULL, VERSION INT NOT NULL, DESCRIPTION VARCHAR(200) NOT NULL, "
            + "CHECKSUM VARCHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL, PRIMARY KEY (DOMAIN, VERSION))";
    private static final String PROBE = "SELECT VERSION FROM " + TABLE + " WHERE 1 = 0";
    private static final String LOCK = "LOCK TABLE " + TABLE + " IN EXCLUSIVE MODE";
    private static final String SELECT_APPLIED = "SELECT VERSION, CHECKSUM FROM " + TABLE + " WHERE DOMAIN = ?";
    private static final String INSERT = "INSERT INTO " + TABLE
            + " (DOMAIN, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)";

    /**
     * Brings {@code domain} up to the last of {@code migrations}. All pending scripts run in a single
     * transaction: if any statement fails, none of this call's scripts stay applied.
     *
     * @throws IllegalArgumentException on a bad domain name or duplicate versions in {@code migrations}
     * @throws MigrationException       on a changed script, an out-of-order script, or any database failure
     */
    public MigrationResult migrate(DataSource ds, String domain, List<Migration> migrations) {
        checkDomain(domain);
        List<Migration> sorted = sorted(migrations);
        try (Connection c = ds.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                ensureTable(c, domain);
                return applyLocked(c, domain, sorted);
            } finally {
                restoreAutoCommit(c, autoCommit);
            }
        } catch (SQLException e) {
            throw new MigrationException(domain, 0, 0,
                    "Migration of domain '" + domain + "' failed: connection error" + state(e), e);
        }
    }

    /**
     * Selects the scripts for the database's {@link Dialect} from a bundle's resources (see
     * {@link Migration#select(Map, Dialect)}) and migrates them.
     */
    public MigrationResult migrateResources(DataSource ds, String domain, Map<String, String> resourceNameToSql) {
        checkDomain(domain);
        Dialect dialect;
        try (Connection c = ds.getConnection()) {
            dialect = Dialect.of(c);
        } catch (SQLException e) {
            throw new MigrationException(domain, 0, 0,
                    "Migration of domain '" + domain + "' failed: connection error" + state(e), e);
        }
        return migrate(ds, domain, Migration.select(resourceNameToSql, dialect));
    }

    /** Creates the version table unless present; a concurrent creator on another node is tolerated. */
    private static void ensureTable(Connection c, String domain) throws SQLException {
        SQLException absent = probe(c);
        if (absent == null) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute(CREATE);
            c.commit();
        } catch (SQLException createFailed) {
            rollback(c, createFailed);
            // Another node may have won the race: Derby reports "already exists", PostgreSQL a unique
            // violation on its catalog, or either a lock timeout. Re-checking covers them all.
            SQLException stillAbsent = probe(c);
            if (stillAbsent != null) {
                createFailed.addSuppressed(absent);
                throw new MigrationException(domain, 0, 0,
                        "Migration of domain '" + domain + "' failed: cannot create " + TABLE + state(createFailed),
                        createFailed);
            }
        }
    }

    /** Null if the table is usable, else why not; always ends the transaction so no lock is kept. */
    private static SQLException probe(Connection c) throws SQLException {
        SQLException failure = null;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(PROBE)) {
            rs.next();
        } catch (SQLException e) {
            failure = e;
        }
        c.rollback(); // PostgreSQL aborts the transaction after a failed statement
        return failure;
    }

    private static MigrationResult applyLocked(Connection c, String domain, List<Migration> migrations)
            throws SQLException {
        Migration current = null;
        int statementNo = 0;
        try {
            try (Statement s = c.createStatement()) {
                // Held until commit/rollback. It must be the transaction's first statement: under REPEATABLE READ
                // PostgreSQL takes the snapshot at the first query, which must see the previous holder's commit.
                s.execute(LOCK);
            }
            NavigableMap<Integer, String> applied = readApplied(c, domain);
            List<Migration> pending = pending(domain, migrations, applied);
            List<Integer> done = new ArrayList<>();
            for (Migration m : pending) {
                current = m;
                List<String> statements = m.statements();
                try (Statement s = c.createStatement()) {
                    for (int i = 0; i < statements.size(); i++) {
                        statementNo = i + 1;
                        s.execute(statements.get(i));
                    }
                }
                statementNo = 0;
                record(c, domain, m);
                done.add(m.version());
            }
            current = null;
            c.commit();
            int last = applied.isEmpty() ? 0 : applied.lastKey();
            for (int v : done) {
                last = Math.max(last, v);
            }
            return new MigrationResult(domain, done, last);
        } catch (SQLException e) {
            rollback(c, e);
            throw failure(domain, current, statementNo, e);
        } catch (RuntimeException e) {
            rollback(c, e);
            throw e;
        }
    }

    private static NavigableMap<Integer, String> readApplied(Connection c, String domain) throws SQLException {
        NavigableMap<Integer, String> applied = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_APPLIED)) {
            ps.setString(1, domain);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return applied;
    }

    /** Verifies applied scripts are unchanged and returns the rest, refusing one older than the newest applied. */
    private static List<Migration> pending(String domain, List<Migration> migrations,
            NavigableMap<Integer, String> applied) {
        int newestApplied = applied.isEmpty() ? 0 : applied.lastKey();
        List<Migration> pending = new ArrayList<>();
        for (Migration m : migrations) {
            String recorded = applied.get(m.version());
            if (recorded == null) {
                if (m.version() < newestApplied) {
                    // Applying it now would run scripts in a different order than on databases migrated earlier.
                    throw new MigrationException(domain, m.version(), 0, "Migration V" + m.version() + " ("
                            + m.description() + ") of domain '" + domain + "' is not applied but V" + newestApplied
                            + " already is; give new scripts a version above the newest applied one", null);
                }
                pending.add(m);
            } else if (!recorded.equals(m.checksum())) {
                throw new MigrationException(domain, m.version(), 0, "Migration V" + m.version() + " ("
                        + m.description() + ") of domain '" + domain + "' was changed after it was applied"
                        + " (checksum " + m.checksum() + ", recorded " + recorded + "); restore the applied script"
                        + " and put the change in a new version", null);
            }
        }
        return pending;
    }

    private static void record(Connection c, String domain, Migration m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, domain);
            ps.setInt(2, m.version());
            ps.setString(3, m.description());
            ps.setString(4, m.checksum());
            ps.executeUpdate();
        }
    }

    // The message names where it failed but not the SQL or the driver's text, which may quote data values;
    // the driver's exception is the cause.
    private static MigrationException failure(String domain, Migration m, int statementNo, SQLException e) {
        String where;
        if (m == null) {
            where = "while locking, reading or committing " + TABLE;
        } else if (statementNo > 0) {
            where = "at V" + m.version() + " (" + m.description() + "), statement " + statementNo;
        } else {
            where = "recording V" + m.version() + " (" + m.description() + ") in " + TABLE;
        }
        return new MigrationException(domain, m == null ? 0 : m.version(), statementNo,
                "Migration of domain '" + domain + "' failed " + where + state(e)
                        + "; the whole run was rolled back", e);
    }

    private static String state(SQLException e) {
        return " (SQLState " + e.getSQLState() + ", error code " + e.getErrorCode() + ")";
    }

    private static void rollback(Connection c, Exception primary) {
        try {
            c.rollback();
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection c, boolean autoCommit) {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // The transaction has already ended; a pool discards a connection that fails here.
        }
    }

    private static void checkDomain(String domain) {
        if (domain == null || domain.isBlank() || domain.length() > MAX_DOMAIN) {
            throw new IllegalArgumentException("Domain must be 1.." + MAX_DOMAIN + " chars, was '" + domain + "'");
        }
    }

    private static List<Migration> sorted(List<Migration> migrations) {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version() == sorted.get(i - 1).version()) {
                throw new IllegalArgumentException("Duplicate migration version " + sorted.get(i).version());
            }
        }
        return sorted;
    }
}
