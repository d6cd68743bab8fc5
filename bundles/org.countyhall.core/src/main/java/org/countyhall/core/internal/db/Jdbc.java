package org.countyhall.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import javax.sql.DataSource;

/**
 * Small JDBC helper for core's own tables. Each call takes a connection from the DataSource, which joins the
 * caller's JTA transaction when there is one. Instants are stored as UTC timestamps.
 */
public final class Jdbc {

    private static final ThreadLocal<Calendar> UTC =
            ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.getTimeZone("UTC")));

    private static final int MAX_NULL_TYPES = 10_000;
    private static final java.util.Map<String, Integer> NULL_TYPES = new java.util.concurrent.ConcurrentHashMap<>();

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, sql, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** A page of rows: {@code sql} must end with its ORDER BY; OFFSET/FETCH are appended (Derby and PostgreSQL). */
    public <T> List<T> page(String sql, int offset, int limit, Row<T> row, Object... params) {
        Object[] all = Arrays.copyOf(params, params.length + 2);
        all[params.length] = offset;
        all[params.length + 1] = limit;
        return list(sql + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", row, all);
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, sql, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** The database this DataSource reaches. */
    public Dialect dialect() {
        try (Connection c = dataSource.getConnection()) {
            return Dialect.of(c);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Runs {@code sql} once per parameter row as one JDBC batch on one connection. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, sql, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Inserts one row and returns its generated key from {@code keyColumn}. */
    public long insert(String sql, String keyColumn, Object... params) {
        try (Connection c = dataSource.getConnection();
                // the key column as the database stores names: PostgreSQL folds unquoted names to lower case
                PreparedStatement ps = c.prepareStatement(sql, new String[] {
                    c.getMetaData().storesLowerCaseIdentifiers() ? keyColumn.toLowerCase(Locale.ROOT) : keyColumn})) {
            bind(ps, sql, params);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                if (!rs.next()) {
                    throw new SQLException("no generated key");
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** SQL to append after a column: a prefix match with {@link #prefix(String)} as its parameter. */
    public static final String LIKE_PREFIX = " LIKE ? ESCAPE '!'";

    /** The LIKE parameter matching values that start with {@code prefix} literally (%, _ and ! escaped). */
    public static String prefix(String prefix) {
        String p = prefix == null ? "" : prefix;
        return p.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column, UTC.get());
        return t == null ? null : t.toInstant();
    }

    private static void bind(PreparedStatement ps, String sql, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            if (p == null) {
                ps.setNull(at, nullType(ps, sql, at));
            } else if (p instanceof Instant t) {
                ps.setTimestamp(at, Timestamp.from(t), UTC.get());
            } else if (p instanceof LocalDate d) {
                ps.setDate(at, java.sql.Date.valueOf(d));
            } else if (p instanceof Boolean b) {
                ps.setBoolean(at, b);
            } else if (p instanceof Enum<?> e) {
                ps.setString(at, e.name());
            } else {
                ps.setObject(at, p);
            }
        }
    }

    /**
     * The SQL type of a parameter, for binding a null: PostgreSQL refuses a VARCHAR null for a TIMESTAMP column
     * (SQLSTATE 42804), Derby does not care. Asked of the database once per statement text and parameter, then
     * remembered: on PostgreSQL each asking is a round trip that parses the statement again, and it made an audit
     * record with a null staff number cost as much as the business insert beside it.
     */
    private static int nullType(PreparedStatement ps, String sql, int at) {
        String key = sql + '\u0000' + at;
        Integer known = NULL_TYPES.get(key);
        if (known != null) {
            return known;
        }
        int type;
        try {
            type = ps.getParameterMetaData().getParameterType(at);
        } catch (SQLException e) {
            return Types.VARCHAR;
        }
        if (NULL_TYPES.size() < MAX_NULL_TYPES) { // statement texts are the code's own; the bound is a safeguard
            NULL_TYPES.put(key, type);
        }
        return type;
    }

    /** Runs {@code sql} statements that need no parameters (used by tests and start-up checks). */
    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }
}
