package org.countyhall.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.countyhall.core.internal.db.MigrationResult;
import org.countyhall.core.internal.db.Migrator;

/**
 * The upgrade test of a domain's schema, without reaching into core: on a {@link JpaTestDatabase#empty} database,
 * {@link #migrateTo} applies the domain's scripts up to a version with core's real Migrator (as a node's start
 * does), {@link #load} writes a fixture made by that version, {@link #migrateAll} applies the rest, and the
 * plain-SQL helpers read what is left.
 */
public final class SchemaUpgrade {

    private static final Pattern VERSION = Pattern.compile("db/[^/]+/V(\\d+)__[^/]*\\.sql");

    /** What a migration did: the versions applied now, and the version the domain is at. */
    public record Result(List<Integer> applied, int currentVersion) {
    }

    /** One row of a query, as text. */
    @FunctionalInterface
    public interface Row {
        String read(ResultSet rs) throws SQLException;
    }

    private final JpaTestDatabase db;
    private final String domain;

    public SchemaUpgrade(JpaTestDatabase db, String domain) {
        this.db = db;
        this.domain = domain;
    }

    /** Applies the domain's scripts of versions 1..{@code version} (dialect variants as the Migrator picks them). */
    public Result migrateTo(int version) {
        Map<String, String> scripts = new TreeMap<>(db.scriptResources());
        scripts.keySet().removeIf(name -> {
            Matcher m = VERSION.matcher(name);
            return !m.matches() || Integer.parseInt(m.group(1)) > version;
        });
        return run(scripts);
    }

    /** Applies every script of the domain not applied yet. */
    public Result migrateAll() {
        return run(db.scriptResources());
    }

    private Result run(Map<String, String> scripts) {
        MigrationResult r = new Migrator().migrateResources(db.dataSource(), domain, scripts);
        return new Result(r.applied(), r.currentVersion());
    }

    /** Runs a fixture from the test's class path: one statement per line ending with ';', '--' lines skipped. */
    public void load(String resource) {
        List<String> statements;
        try (InputStream in = SchemaUpgrade.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource + " on the class path");
            }
            statements = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("--")).map(l -> l.substring(0, l.length() - 1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("fixture " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The rows of {@code count} of each table, in the order given. */
    public List<Long> counts(List<String> tables) {
        List<Long> counts = new ArrayList<>();
        for (String t : tables) {
            counts.add(Long.parseLong(list("SELECT COUNT(*) FROM " + t, rs -> rs.getString(1)).get(0)));
        }
        return counts;
    }

    /** Every row of a query, each read by {@code row}. */
    public List<String> list(String sql, Row row) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs an update with parameters; the rows it changed. */
    public int update(String sql, Object... params) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
