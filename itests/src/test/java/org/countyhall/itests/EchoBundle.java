package org.countyhall.itests;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.countyhall.itests.echo.EchoEndpoint;

/** Packs {@link EchoEndpoint} into a real bundle jar (run in the test JVM, before Karaf starts). */
final class EchoBundle {

    private EchoBundle() {
    }

    static File build(File dir) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.countyhall.itests.echo");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", EchoEndpoint.class.getName());
        a.putValue("Import-Package", "javax.ws.rs;version=\"[2,3)\",org.countyhall.core.api.rest;version=\"[1,2)\","
                + "org.osgi.framework");
        dir.mkdirs();
        File jar = new File(dir, "org.countyhall.itests.echo.jar");
        String entry = EchoEndpoint.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(new FileOutputStream(jar), mf);
                InputStream in = EchoBundle.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
