package org.countyhall.core.internal.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned SQL script of a domain; {@code checksum} is the SHA-256 hex of the script with line
 * endings normalised to LF and a leading BOM removed, so a CRLF checkout does not count as a change.
 */
public record Migration(int version, String description, String sql, String checksum) {

    /** Longest description that fits {@code CH_SCHEMA_VERSION.DESCRIPTION}. */
    public static final int MAX_DESCRIPTION = 200;

    private static final Pattern NAME =
            Pattern.compile("V([0-9]{1,9})__([A-Za-z0-9_-]{1," + MAX_DESCRIPTION + "})(?:\\.([A-Za-z]+))?\\.sql");
    private static final String EXPECTED =
            "expected V<n>__<description>.sql or V<n>__<description>.<derby|postgresql>.sql"
                    + " (n >= 1; description of letters, digits, '_' and '-')";

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("Migration version must be >= 1, was " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(checksum, "checksum");
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("Migration description longer than " + MAX_DESCRIPTION + " chars");
        }
    }

    /** A migration whose checksum is computed from {@code sql}. */
    public Migration(int version, String description, String sql) {
        this(version, description, sql, checksumOf(sql));
    }

    /**
     * Picks the scripts to run on {@code dialect} from a bundle's resources, sorted by version.
     * Keys may carry a path ({@code db/permits/V1__init.sql}); only the last segment is parsed. Every key
     * must be a migration script name. For each version a {@code .<dialect>.sql} variant replaces the plain
     * script; a version with no script for this dialect is an error rather than silently skipped.
     *
     * @throws IllegalArgumentException on a bad name, an unknown dialect, a duplicate version, variants
     *                                  whose description differs from the plain script, or a missing script
     */
    public static List<Migration> select(Map<String, String> resourceNameToSql, String dialect) {
        return select(resourceNameToSql, Dialect.fromSuffix(dialect));
    }

    /** As {@link #select(Map, String)}. */
    public static List<Migration> select(Map<String, String> resourceNameToSql, Dialect dialect) {
        Objects.requireNonNull(dialect, "dialect");
        Map<Integer, Group> byVersion = new TreeMap<>();
        resourceNameToSql.forEach((resource, sql) -> {
            Script script = parse(resource, sql);
            byVersion.computeIfAbsent(script.version, v -> new Group()).add(script);
        });
        List<Migration> result = new ArrayList<>(byVersion.size());
        byVersion.forEach((version, group) -> result.add(group.choose(version, dialect)));
        return List.copyOf(result);
    }

    /**
     * The statements of the script: split on {@code ;} at the end of a line, with whole-line {@code --}
     * comments and blank statements dropped. A {@code ;} elsewhere on a line does not split, so a
     * statement that must keep a line-final {@code ;} (e.g. a PostgreSQL function body) is not supported.
     */
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : normalise(sql).split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                flush(current, statements);
            }
        }
        flush(current, statements);
        return List.copyOf(statements);
    }

    /** SHA-256 hex of {@code sql} after line-ending normalisation. */
    public static String checksumOf(String sql) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalise(sql).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }

    private static void flush(StringBuilder current, List<String> statements) {
        int end = current.length();
        // Derby rejects a trailing ';', and ";;" is just an empty statement
        while (end > 0 && (current.charAt(end - 1) == ';' || Character.isWhitespace(current.charAt(end - 1)))) {
            end--;
        }
        String statement = current.substring(0, end).strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }

    private static String normalise(String sql) {
        String s = sql.startsWith("\uFEFF") ? sql.substring(1) : sql;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Script parse(String resource, String sql) {
        if (resource == null) {
            throw new IllegalArgumentException("Null migration script name");
        }
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("Bad migration script name '" + resource + "': " + EXPECTED);
        }
        int version = Integer.parseInt(m.group(1));
        if (version < 1) {
            throw new IllegalArgumentException("Bad migration script name '" + resource + "': version must be >= 1");
        }
        Dialect dialect = null;
        if (m.group(3) != null) {
            try {
                dialect = Dialect.fromSuffix(m.group(3));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Bad migration script name '" + resource + "': unknown dialect '"
                        + m.group(3) + "', " + EXPECTED, e);
            }
        }
        if (sql == null) {
            throw new IllegalArgumentException("Migration script '" + resource + "' has no content");
        }
        return new Script(resource, version, m.group(2), dialect, sql);
    }

    private record Script(String resource, int version, String description, Dialect dialect, String sql) {
    }

    /** The scripts sharing one version: at most one plain script and one variant per dialect. */
    private static final class Group {
        private Script plain;
        private final Map<Dialect, Script> variants = new EnumMap<>(Dialect.class);

        void add(Script script) {
            Script first = plain != null ? plain : variants.values().stream().findFirst().orElse(null);
            Script clash = script.dialect == null ? plain : variants.get(script.dialect);
            if (clash != null) {
                throw duplicate(clash, script);
            }
            if (first != null && !first.description.equals(script.description)) {
                // V3__a.sql next to V3__b.derby.sql is almost certainly two scripts claiming one version
                throw duplicate(first, script);
            }
            if (script.dialect == null) {
                plain = script;
            } else {
                variants.put(script.dialect, script);
            }
        }

        Migration choose(int version, Dialect dialect) {
            Script chosen = variants.getOrDefault(dialect, plain);
            if (chosen == null) {
                throw new IllegalArgumentException("Migration V" + version + " has no script for " + dialect.suffix()
                        + ", only " + variants.values().stream().map(Script::resource).toList()
                        + "; add a plain .sql or a ." + dialect.suffix() + ".sql variant");
            }
            return new Migration(version, chosen.description, chosen.sql);
        }

        private static IllegalArgumentException duplicate(Script a, Script b) {
            String[] names = {a.resource, b.resource};
            Arrays.sort(names); // stable message whatever the map order
            return new IllegalArgumentException("Duplicate migration version " + a.version + ": '" + names[0]
                    + "' and '" + names[1] + "'");
        }
    }
}
