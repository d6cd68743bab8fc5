package org.countyhall.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * Boots the real CountyHall distribution (the tar.gz built by karaf-assembly) once per test class, on free
 * ports, with a known first-admin password; gives tests HTTP, console and waiting helpers.
 */
public abstract class CountyHallTestSupport {

    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = "It-Admin-pass-2026";
    protected static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Set once this container's boot needed the rescue below (one container per test class: static is per boot). */
    private static volatile boolean bootRescued;

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    /** The options every test class boots with. */
    protected Option[] distribution() throws IOException {
        File target = new File(System.getProperty("project.build.directory", "target"));
        File echo = EchoBundle.build(new File(target, "bundles"));
        String dist = new File(System.getProperty("countyhall.distribution")).toURI().toString();
        String karafVersion = System.getProperty("karaf.version");
        String httpPort = freePort();
        String sshPort = freePort();
        String httpsPort = freePort();
        Option database = databaseOption(target);
        return new Option[] {
            database,
            karafDistributionConfiguration().frameworkUrl(dist).karafVersion(karafVersion).name("CountyHall")
                    .unpackDirectory(new File(target, "exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            // kept after the run: .ci/run scans every log the tests left for personal numbers
            keepRuntimeFolder(),
            // INFO, as the distribution logs: a failure can then be read in the log, and the scan for personal
            // numbers covers every line a real node would write (Pax Exam's default is WARN)
            logLevel(LogLevelOption.LogLevel.INFO),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure", httpsPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", sshPort),
            systemProperty("countyhall.it.httpsPort").value(httpsPort),
            systemProperty("countyhall.it.httpPort").value(httpPort),
            systemProperty("countyhall.it.sshPort").value(sshPort),
            editConfigurationFilePut("etc/system.properties", "countyhall.admin.password", ADMIN_PASSWORD),
            editConfigurationFilePut("etc/system.properties", "user.timezone", "Asia/Shanghai"),
            systemProperty("countyhall.it.echoBundle").value(echo.toURI().toString()),
            vmOptions(java17Options()),
        };
    }

    /**
     * The DataSource configuration: the distribution's own (embedded Derby) unless {@code countyhall.it.db.url}
     * names a PostgreSQL database, as {@code .ci/run} does for its second run; the file is in place before the first
     * start, so the feature keeps it (configfile override="false"), as an operator's would be.
     */
    private static Option databaseOption(File target) throws IOException {
        String url = System.getProperty("countyhall.it.db.url", "");
        if (url.isBlank()) {
            return systemProperty("countyhall.it.db").value("derby");
        }
        File cfg = new File(target, "org.ops4j.datasource-countyhall.cfg");
        Files.writeString(cfg.toPath(), String.join("\n",
                "dataSourceName = jdbc/countyhall",
                "pool = dbcp2",
                "xa = true",
                "jdbc.pool.maxTotal = 16",
                "jdbc.pool.maxIdle = 16",
                "jdbc.pool.minIdle = 2",
                "jdbc.pool.testOnBorrow = true",
                "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                "url = " + url,
                "user = " + System.getProperty("countyhall.it.db.user", ""),
                "password = " + System.getProperty("countyhall.it.db.password", ""), ""), StandardCharsets.UTF_8);
        System.err.println("countyhall-itests: database " + url);
        return replaceConfigurationFile("etc/org.ops4j.datasource-countyhall.cfg", cfg);
    }

    /** Karaf's own JVM flags for Java 9+ (bin/karaf), which Pax Exam does not add (stack-notes pitfall 8). */
    private static String[] java17Options() {
        String v = System.getProperty("karaf.version");
        return new String[] {
            "--add-reads=java.xml=java.logging",
            "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
            "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + v + ".jar",
            "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + v + ".jar",
            "--add-opens", "java.base/java.security=ALL-UNNAMED",
            "--add-opens", "java.base/java.net=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
            "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
            "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
            "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
            "-Xmx1g",
        };
    }

    /**
     * A free port below Linux's ephemeral range (32768–60999). A port from {@code new ServerSocket(0)} lies in that
     * range, and between this test choosing it and Karaf binding it a client socket (a JDBC connection, an HTTP
     * client) may take it as its local port: once that cost a whole test class ("Failed to bind to 0.0.0.0:36281").
     */
    private static String freePort() throws IOException {
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 500; i++) {
            int port = 20000 + random.nextInt(12000);
            try (ServerSocket s = new ServerSocket(port)) {
                return Integer.toString(s.getLocalPort());
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 20000 and 32000");
    }

    /**
     * Waits until the platform says it is ready (every core endpoint published), as a load balancer would.
     *
     * <p>Pax Exam adds its own bundles to the boot features; in about one boot in ten Karaf then refreshes
     * Derby while pax-jdbc-derby's activator is loading Derby's classes, the activator fails and stays RESOLVED
     * ("Error restarting bundles", javax.naming.spi.ObjectFactory not found by derby). A plain boot of the
     * distribution does not do this. The wait starts such bundles again, and says so on stderr.
     */
    @Before
    public void awaitReady() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        long nextRescue = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean rescued = bootRescued;
        // Karaf's BootFinished service: its boot feature installation has ended (until then it may refresh and
        // restart bundles, core among them, after the health endpoint first answered 200). When that installation
        // fails (the Derby refresh above: "Error restarting bundles"), BootFinished never comes; the stranded
        // bundles are started instead, and then health alone says ready.
        while (!(healthStatus() == 200
                && (rescued || bundleContext.getServiceReference(BootFinished.class) != null))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after 120 s waiting for Karaf's boot and GET /api/v1/health = 200");
            }
            if (System.nanoTime() > nextRescue) {
                rescued |= startStrandedBundles();
                bootRescued = rescued; // BootFinished will not come for the next test of this boot either
                nextRescue = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            }
            Thread.sleep(200);
        }
        // and the admin can log in and read /users: the first admin is made beside the start (security.md)
        await("GET /api/v1/users/me as admin answering 200", Duration.ofSeconds(60),
                () -> get("/users/me", ADMIN, ADMIN_PASSWORD).status() == 200);
    }

    /** The health endpoint's status, or -1 while Jetty does not accept connections yet (it may start after the probe). */
    private int healthStatus() throws Exception {
        try {
            return get("/health", null, null).status();
        } catch (IOException notListening) {
            return -1;
        }
    }

    /** Starts every non-fragment bundle left RESOLVED; true if there was one. */
    private boolean startStrandedBundles() {
        boolean found = false;
        for (Bundle b : bundleContext.getBundles()) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (b.getState() == Bundle.RESOLVED && !fragment) {
                found = true;
                System.err.println("countyhall-itests: starting bundle left RESOLVED at boot: " + b.getSymbolicName());
                try {
                    b.start();
                } catch (Exception e) {
                    System.err.println("countyhall-itests: could not start " + b.getSymbolicName() + ": " + e);
                }
            }
        }
        return found;
    }

    /** A service of the running platform, waiting up to 30 s for it; call it after the readiness wait. */
    protected <T> T service(Class<T> type) throws Exception {
        return service(type, Duration.ofSeconds(30));
    }

    private <T> T service(Class<T> type, Duration wait) throws Exception {
        long end = System.nanoTime() + wait.toNanos();
        while (true) {
            ServiceReference<T> ref = bundleContext.getServiceReference(type);
            T found = ref == null ? null : bundleContext.getService(ref);
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("no " + type.getName() + " service after " + wait);
            }
            Thread.sleep(100);
        }
    }

    // ---- features ------------------------------------------------------------------------------------------

    /** Installs features as county IT would, without refreshing bundles that are already running. */
    protected void installFeatures(String... names) throws Exception {
        FeaturesService features = service(FeaturesService.class);
        Set<String> missing = new LinkedHashSet<>();
        for (String name : names) {
            if (!features.isInstalled(features.getFeature(name))) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            features.installFeatures(missing, EnumSet.of(
                    FeaturesService.Option.NoAutoRefreshBundles));
        }
    }

    /** Uninstalls a feature if it is installed. */
    protected void uninstallFeature(String name) throws Exception {
        FeaturesService features = service(FeaturesService.class);
        if (features.isInstalled(features.getFeature(name))) {
            features.uninstallFeature(name, EnumSet.of(
                    FeaturesService.Option.NoAutoRefreshBundles));
        }
    }

    // ---- HTTP --------------------------------------------------------------------------------------------

    /** One HTTP answer with its body parsed as JSON when it is JSON. */
    protected record Answer(int status, String contentType, String location, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    protected static String base() {
        return "http://localhost:" + System.getProperty("countyhall.it.httpPort", "8181") + "/api/v1";
    }

    protected Answer get(String path, String user, String password) throws Exception {
        return send(request(path, user, password).GET().build());
    }

    protected Answer send(String method, String path, String user, String password, String contentType, String body)
            throws Exception {
        HttpRequest.Builder b = request(path, user, password)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    protected Answer send(HttpRequest request) throws Exception {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                r.headers().firstValue("Location").orElse(null), r.body());
    }

    protected HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    /** Creates a user through the REST API as admin; the name is made unique so reruns never collide. */
    protected String createUser(String prefix, String password, String staffNumber, String... roles) throws Exception {
        String name = prefix + "-" + Long.toString(System.nanoTime(), 36);
        StringBuilder r = new StringBuilder();
        for (String role : roles) {
            r.append(r.length() == 0 ? "" : ",").append('"').append(role).append('"');
        }
        Answer a = send("POST", "/users", ADMIN, ADMIN_PASSWORD, "application/json", "{\"username\":\"" + name
                + "\",\"password\":\"" + password + "\",\"staffNumber\":\"" + staffNumber + "\",\"roles\":[" + r + "]}");
        if (a.status() != 201 || !(base() + "/users/" + name).equals(a.location())) {
            throw new AssertionError("could not create user " + name + ": " + a);
        }
        return name;
    }

    // ---- console -----------------------------------------------------------------------------------------

    /** Runs a console command as a CountyHall user, through the same realm and command ACLs as SSH. */
    protected String console(String user, String password, String command) throws Exception {
        Subject subject = new Subject();
        LoginContext login = new LoginContext("countyhall", subject, callbacks -> {
            for (var cb : callbacks) {
                if (cb instanceof NameCallback n) {
                    n.setName(user);
                } else if (cb instanceof PasswordCallback p) {
                    p.setPassword(password.toCharArray());
                }
            }
        });
        login.login();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        try {
            Object result = Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            if (result != null) {
                out.println(result);
            }
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    // ---- waiting -----------------------------------------------------------------------------------------

    /** Polls until the condition holds, failing after the deadline; for things that happen asynchronously. */
    protected static void await(String what, Duration deadline, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            if (Boolean.TRUE.equals(condition.call())) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + deadline + " waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

}
