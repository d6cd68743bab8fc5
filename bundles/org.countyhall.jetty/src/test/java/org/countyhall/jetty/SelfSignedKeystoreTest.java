package org.countyhall.jetty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keystore made at the first start: one per installation, owner-only, for this host, never replaced. */
class SelfSignedKeystoreTest {

    private static final Path KEYTOOL = Path.of(System.getProperty("java.home"), "bin", "keytool");

    @TempDir
    Path dir;

    private static KeyStore load(Path file) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, SelfSignedKeystore.PASSWORD.toCharArray());
        }
        return ks;
    }

    @Test
    void aMissingKeystoreIsMadeOwnerOnlyWithACertificateForThisHost() throws Exception {
        Path file = dir.resolve("etc/countyhall-tls.p12");
        assertTrue(SelfSignedKeystore.create(file, "hall.county.gov.cn", KEYTOOL));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        X509Certificate cert = (X509Certificate) load(file).getCertificate("countyhall");
        assertTrue(cert.getSubjectX500Principal().getName().contains("CN=hall.county.gov.cn"));
        assertTrue(cert.getSubjectAlternativeNames().stream().map(n -> n.get(1).toString()).toList()
                .containsAll(List.of("localhost", "127.0.0.1", "hall.county.gov.cn")));
        assertTrue(load(file).isKeyEntry("countyhall"));
        assertFalse(Files.exists(dir.resolve("etc/countyhall-tls.p12.tmp")));
    }

    @Test
    void anExistingKeystoreIsNeverReplacedAndEachInstallationGetsItsOwnKey() throws Exception {
        Path a = dir.resolve("a.p12");
        Path b = dir.resolve("b.p12");
        assertTrue(SelfSignedKeystore.create(a, "localhost", KEYTOOL));
        byte[] first = Files.readAllBytes(a);
        assertFalse(SelfSignedKeystore.create(a, "localhost", KEYTOOL));
        assertEquals(new String(first, "ISO-8859-1"), new String(Files.readAllBytes(a), "ISO-8859-1"));
        assertTrue(SelfSignedKeystore.create(b, "localhost", KEYTOOL));
        assertNotEquals(load(a).getCertificate("countyhall").getPublicKey(), load(b).getCertificate("countyhall").getPublicKey());
    }
}
