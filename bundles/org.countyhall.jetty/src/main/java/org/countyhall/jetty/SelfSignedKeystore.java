package org.countyhall.jetty;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the keystore of CountyHall's HTTPS connector at the first start: a self-signed EC P-256 certificate for this host
 * ({@code localhost}, {@code 127.0.0.1} and the host name), made with the JDK's {@code keytool}, owner-only, one per
 * installation (never shipped: a key in the distribution would be everybody's). Called from /jetty.xml, which
 * pax-web applies before it creates the connectors of etc/org.ops4j.pax.web.cfg, so the secure connector finds it.
 * A real certificate replaces the file, or is named in that configuration instead; an existing file is never touched.
 */
public final class SelfSignedKeystore {

    /** The password of the generated keystore (the file's owner-only mode is what protects it, as for host.key). */
    public static final String PASSWORD = "countyhall-self-signed";

    private static final Logger LOG = Logger.getLogger(SelfSignedKeystore.class.getName());

    private SelfSignedKeystore() {
    }

    /** From jetty.xml: the keystore of {@code countyhall.tls.keystore}, default {@code <karaf.etc>/countyhall-tls.p12}. */
    public static void ensure() {
        String configured = System.getProperty("countyhall.tls.keystore");
        String etc = System.getProperty("karaf.etc");
        if (configured == null && etc == null) {
            return; // not in Karaf (tests of the error handler)
        }
        Path file = Path.of(configured != null ? configured : etc + "/countyhall-tls.p12");
        try {
            if (create(file, hostName(), Path.of(System.getProperty("java.home"), "bin", "keytool"))) {
                LOG.info("Created a self-signed TLS certificate in " + file + " for HTTPS; replace it with the county's");
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not create the TLS keystore " + file + ": " + e.getMessage()
                    + "; HTTPS will not start until one is there");
        }
    }

    /** Creates {@code file} unless it exists; true if it did. */
    static boolean create(Path file, String host, Path keytool) throws IOException {
        if (Files.exists(file)) {
            return false;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        List<String> cmd = new ArrayList<>(List.of(keytool.toString(), "-genkeypair", "-alias", "countyhall",
                // EC P-256: generated in milliseconds where RSA-2048 takes a good part of a second at a cold start
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650", "-storetype", "PKCS12",
                "-keystore", tmp.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD,
                "-dname", "CN=" + host + ", O=CountyHall", "-ext", "SAN=dns:localhost,ip:127.0.0.1"
                        + (host.equals("localhost") ? "" : ",dns:" + host)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("keytool did not finish within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while keytool ran");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.exitValue() != 0 || !Files.exists(tmp)) {
            throw new IOException("keytool failed: " + out);
        }
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's rights apply
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static String hostName() {
        try {
            String h = InetAddress.getLocalHost().getHostName();
            return h.matches("[A-Za-z0-9.-]{1,253}") ? h : "localhost";
        } catch (IOException e) {
            return "localhost";
        }
    }
}
