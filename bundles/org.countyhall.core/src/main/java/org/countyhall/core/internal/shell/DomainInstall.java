package org.countyhall.core.internal.shell;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code domain:install}: install a CountyHall domain at runtime, e.g. {@code domain:install windows}. */
@Service
@Command(scope = "domain", name = "install", description = "Install a CountyHall domain (staff, windows, ...)")
public final class DomainInstall implements Action {

    @Reference
    private FeaturesService features;

    @Argument(index = 0, name = "domain", required = true, description = "Domain name, e.g. windows")
    private String domain;

    @Override
    public Object execute() throws Exception {
        String name = DomainFeatures.featureName(domain);
        if (features.getFeature(name) == null) {
            System.out.println("No domain " + domain + "; see domain:list");
            return null;
        }
        DomainFeatures.install(features, name);
        System.out.println("Installed " + name);
        return null;
    }
}
