package org.countyhall.core.internal.notify;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.angus.activation.MailcapRegistryProviderImpl;
import org.eclipse.angus.mail.util.MailStreamProvider;

/**
 * The context class loader Jakarta Mail and Jakarta Activation find their providers with. Both APIs look them up
 * with {@code ServiceLoader} on the thread's context class loader; in OSGi no class loader sees every bundle's
 * {@code META-INF/services}, so this one joins Angus Mail's and Angus Activation's bundles for the length of a call
 * (no SPI Fly weaving needed). On a flat class path (unit tests) it finds the same files.
 */
final class MailProviders extends ClassLoader {

    private static final MailProviders INSTANCE = new MailProviders();

    // one loader on a flat class path, two in OSGi
    private final List<ClassLoader> bundles = Stream.of(MailStreamProvider.class.getClassLoader(),
            MailcapRegistryProviderImpl.class.getClassLoader()).distinct().toList();

    private MailProviders() {
        super(null); // the JDK's classes first, then the two bundles
    }

    /** A call into Jakarta Mail, which may throw its checked exception. */
    interface MailCall<T> {
        T call() throws jakarta.mail.MessagingException;
    }

    /** Runs {@code work} with this class loader as the thread's context class loader. */
    static <T> T with(MailCall<T> work) throws jakarta.mail.MessagingException {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(INSTANCE);
        try {
            return work.call();
        } finally {
            t.setContextClassLoader(before);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader b : bundles) {
            try {
                return b.loadClass(name);
            } catch (ClassNotFoundException e) {
                // try the next bundle
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader b : bundles) {
            URL u = b.getResource(name);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> all = new ArrayList<>();
        for (ClassLoader b : bundles) {
            all.addAll(Collections.list(b.getResources(name)));
        }
        return Collections.enumeration(all);
    }
}
