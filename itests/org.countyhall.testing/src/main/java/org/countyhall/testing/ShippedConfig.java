package org.countyhall.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build check that a shipped {@code etc/*.cfg} states the defaults of its configuration class: every key of the
 * class appears once (commented out, {@code #key = default}, or set to its default), and nothing else does. A
 * default changed in one place and not the other would tell the admin a value that is not the one in force.
 */
public final class ShippedConfig {

    private static final Pattern KEY_LINE = Pattern.compile("^#?\\s*([a-zA-Z][\\w.]*)\\s*=\\s*(.*?)\\s*$");

    private ShippedConfig() {
    }

    /** The shipped file of the features module, {@code features/src/main/resources/<name>}, from a bundle's tests. */
    public static Path file(String name) {
        return Path.of("..", "..", "features", "src", "main", "resources", name);
    }

    /**
     * Asserts that {@code cfg} lists exactly the keys of {@code config} (an OSGi metatype annotation: {@code a_b}
     * is the key {@code a.b}), each at its default; {@code prefix} is a key prefix of the file's own (e.g.
     * {@code smtp.} when two classes share one file), empty for all.
     */
    public static void assertDefaults(Class<?> config, Path cfg, String prefix) throws IOException {
        Map<String, String> shipped = new TreeMap<>();
        List<String> twice = new ArrayList<>();
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            Matcher m = KEY_LINE.matcher(line);
            if (m.matches() && m.group(1).startsWith(prefix) && shipped.put(m.group(1), m.group(2)) != null) {
                twice.add(m.group(1));
            }
        }
        Map<String, String> defaults = new TreeMap<>();
        for (Method method : config.getDeclaredMethods()) {
            Object value = method.getDefaultValue();
            String key = method.getName().replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
            if (value != null && key.startsWith(prefix)) {
                defaults.put(key, text(value));
            }
        }
        assertTrue(twice.isEmpty(), cfg + " lists keys twice: " + twice);
        assertEquals(defaults, shipped, cfg + " must state every key of " + config.getName() + " at its default");
    }

    /**
     * An instance of the configuration annotation {@code config} answering every method with its default, as
     * Declarative Services passes it when no configuration exists; {@code overrides} replace some (by method name).
     */
    public static <T> T defaults(Class<T> config, Map<String, Object> overrides) {
        Object proxy = java.lang.reflect.Proxy.newProxyInstance(config.getClassLoader(), new Class<?>[] {config},
                (self, method, args) -> switch (method.getName()) {
                    case "annotationType" -> config;
                    case "toString" -> config.getSimpleName() + overrides;
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> overrides.containsKey(method.getName()) ? overrides.get(method.getName())
                            : method.getDefaultValue();
                });
        return config.cast(proxy);
    }

    private static String text(Object value) {
        if (!value.getClass().isArray()) {
            return String.valueOf(value);
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < Array.getLength(value); i++) {
            items.add(String.valueOf(Array.get(value, i)));
        }
        return String.join(",", items);
    }
}
