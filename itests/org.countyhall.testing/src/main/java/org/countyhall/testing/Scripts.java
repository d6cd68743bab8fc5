package org.countyhall.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A domain's migration scripts, picked by version and dialect and split into statements as core's Migrator does. */
final class Scripts {

    // core's Migration has these rules, but it is in core's internal package, which domain bundles do not depend on

    /** Dialect suffixes core knows; a script with any other suffix is refused in production, so here as well. */
    static final Set<String> DIALECTS = Set.of("derby", "postgresql");

    private static final Pattern NAME =
            Pattern.compile("V([0-9]{1,9})__([A-Za-z0-9_-]{1,200})(?:\\.([A-Za-z]+))?\\.sql");

    private Scripts() {
    }

    /** One script file: its resource name and its text. */
    record Script(String resource, String sql) {
    }

    /** The script to run for each version on {@code dialect}, in version order. */
    static TreeMap<Integer, Script> select(ClassLoader loader, String folder, String dialect) {
        Map<String, String> files = read(loader, folder);
        if (files.isEmpty()) {
            throw new IllegalStateException("no migration scripts " + folder + "/V*__*.sql on the test class path");
        }
        Map<Integer, String> descriptions = new HashMap<>();
        Map<Integer, Script> plain = new HashMap<>();
        Map<Integer, Script> variant = new HashMap<>();
        Map<Integer, Script> other = new HashMap<>();
        Map<Integer, List<String>> names = new TreeMap<>();
        files.forEach((file, sql) -> {
            Matcher m = NAME.matcher(file);
            if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
                throw new IllegalStateException("bad migration script name " + folder + "/" + file
                        + ": expected V<n>__<description>.sql or V<n>__<description>.<derby|postgresql>.sql");
            }
            int version = Integer.parseInt(m.group(1));
            String suffix = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
            if (suffix != null && !DIALECTS.contains(suffix)) {
                throw new IllegalStateException("unknown dialect '" + m.group(3) + "' in " + folder + "/" + file);
            }
            names.computeIfAbsent(version, v -> new ArrayList<>()).add(file);
            String description = descriptions.putIfAbsent(version, m.group(2));
            if (description != null && !description.equals(m.group(2))) {
                // V2__a.sql next to V2__b.derby.sql is two scripts claiming one version, as core says too
                throw new IllegalStateException("duplicate migration version " + version + ": " + names.get(version));
            }
            Script script = new Script(folder + "/" + file, sql);
            Map<Integer, Script> slot = suffix == null ? plain : suffix.equals(dialect) ? variant : other;
            if (slot.put(version, script) != null) {
                // only one dialect written twice in other letter case gets here: V1__a.derby.sql and V1__a.Derby.sql
                throw new IllegalStateException("duplicate migration version " + version + ": " + names.get(version));
            }
        });
        TreeMap<Integer, Script> chosen = new TreeMap<>();
        names.forEach((version, all) -> {
            Script script = variant.getOrDefault(version, plain.get(version));
            if (script == null) {
                throw new IllegalStateException("migration V" + version + " has no script for " + dialect + ", only "
                        + all);
            }
            chosen.put(version, script);
        });
        return chosen;
    }

    /** The statements of a script: split at a {@code ;} ending a line, whole-line {@code --} comments dropped. */
    static List<String> statements(String script) {
        String sql = (script.startsWith("\uFEFF") ? script.substring(1) : script)
                .replace("\r\n", "\n").replace('\r', '\n');
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
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

    private static void flush(StringBuilder current, List<String> statements) {
        int end = current.length();
        // Derby refuses a final ';', and ";;" is only an empty statement
        while (end > 0 && (current.charAt(end - 1) == ';' || Character.isWhitespace(current.charAt(end - 1)))) {
            end--;
        }
        String statement = current.substring(0, end).strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }

    /** File name to text of every {@code .sql} directly in {@code folder}, in class path directories and jars. */
    static Map<String, String> read(ClassLoader loader, String folder) {
        Map<String, String> files = new TreeMap<>();
        try {
            for (URL root : Collections.list(loader.getResources(folder))) {
                // the first entry with a name wins, as with ClassLoader.getResource
                read(root, folder).forEach(files::putIfAbsent);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the scripts in " + folder, e);
        }
        return files;
    }

    private static Map<String, String> read(URL root, String folder) throws IOException, URISyntaxException {
        Map<String, String> files = new TreeMap<>();
        switch (root.getProtocol()) {
            case "file" -> {
                try (Stream<Path> paths = Files.list(Path.of(root.toURI()))) {
                    for (Path p : paths.filter(Files::isRegularFile).toList()) {
                        String name = p.getFileName().toString();
                        if (name.endsWith(".sql")) {
                            files.put(name, Files.readString(p, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false); // else the shared JarFile would be closed under other readers
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = folder + "/";
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName().startsWith(prefix)
                                ? entry.getName().substring(prefix.length()) : "";
                        if (!name.contains("/") && name.endsWith(".sql")) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
            default -> throw new IllegalStateException("cannot list " + root + ": only directories and jars");
        }
        return files;
    }
}
