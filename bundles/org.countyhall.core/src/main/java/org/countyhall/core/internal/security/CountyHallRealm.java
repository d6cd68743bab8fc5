package org.countyhall.core.internal.security;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Registers the JAAS realm {@code countyhall}, used by the SSH console and by REST HTTP Basic. */
@Component(service = JaasRealm.class)
public final class CountyHallRealm implements JaasRealm {

    public static final String NAME = "countyhall";

    private final AppConfigurationEntry[] entries;

    @Activate
    public CountyHallRealm(BundleContext context) {
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), context);
        options.put(ProxyLoginModule.PROPERTY_MODULE, CountyHallLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        entries = new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
