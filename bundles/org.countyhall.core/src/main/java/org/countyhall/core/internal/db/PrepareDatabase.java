package org.countyhall.core.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * Build tool, not used at runtime: creates an embedded Derby database holding core's schema and nothing else,
 * which the distribution ships as {@code data/countyhall/derby}. A fresh unpack then starts on it instead of
 * spending 0.5–1 s of its first start creating the database and running core's migrations; at start the
 * migrator finds core current, as after any restart. Run by karaf-assembly's build with Derby on the class path.
 *
 * <p>Usage: {@code PrepareDatabase <folder>}. The folder is deleted first, so that the database shipped never
 * holds users or anything else a start of the assembly folder may have written.
 */
public final class PrepareDatabase {

    private static final String DOMAIN = "core";

    private PrepareDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: PrepareDatabase <folder>");
            System.exit(2);
        }
        Path folder = Path.of(args[0]).toAbsolutePath().normalize();
        Path derbyLog = Files.createTempFile("countyhall-prepare-derby", ".log");
        System.setProperty("derby.stream.error.file", derbyLog.toString()); // not derby.log in the working folder
        try {
            MigrationResult result = prepare(folder);
            System.out.println("Created " + folder + ": schema " + DOMAIN + " at version " + result.currentVersion());
        } finally {
            Files.deleteIfExists(derbyLog);
        }
    }

    static MigrationResult prepare(Path folder) throws IOException, SQLException {
        deleteRecursively(folder);
        Files.createDirectories(folder.getParent());
        String url = "jdbc:derby:" + folder;
        MigrationResult result = new Migrator().migrateResources(new UrlDataSource(url + ";create=true"), DOMAIN,
                scripts("db/" + DOMAIN));
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException shutDown) {
            if (!"08006".equals(shutDown.getSQLState())) { // Derby reports a clean shutdown as this exception
                throw shutDown;
            }
        }
        return result;
    }

    /** The {@code .sql} files of {@code folder} in this class's jar (or class folder), by resource name. */
    static Map<String, String> scripts(String folder) throws IOException {
        Path source;
        try {
            source = Path.of(PrepareDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the core bundle", e);
        }
        Map<String, String> out = new TreeMap<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.list(source.resolve(folder))) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".sql"))::iterator) {
                    out.put("/" + folder + "/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } else {
            try (JarFile jar = new JarFile(source.toFile())) {
                for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                    String name = e.getName();
                    boolean inFolder = name.startsWith(folder + "/") && name.indexOf('/', folder.length() + 1) < 0;
                    if (inFolder && name.endsWith(".sql")) {
                        try (InputStream in = jar.getInputStream(e)) {
                            out.put("/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no migration scripts " + folder + "/*.sql in " + source);
        }
        return out;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** A DataSource over {@link DriverManager}: all the migrator needs, without Derby's classes at compile time. */
    private record UrlDataSource(String url) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // DriverManager's log is not used
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // an embedded database does not wait for a login
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
