package org.countyhall.core.internal.config;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A {@link CoreConfig} with its defaults, except the attributes named (by method name, e.g. security_hashIterations). */
public final class TestCoreConfig {

    private TestCoreConfig() {
    }

    public static CoreConfig with(Map<String, Object> values) {
        return (CoreConfig) Proxy.newProxyInstance(CoreConfig.class.getClassLoader(), new Class<?>[] {CoreConfig.class},
                (proxy, method, args) -> values.containsKey(method.getName()) ? values.get(method.getName())
                        : method.getDefaultValue());
    }
}
