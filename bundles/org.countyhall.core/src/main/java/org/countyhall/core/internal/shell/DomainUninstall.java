package org.countyhall.core.internal.shell;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code domain:uninstall}: remove a domain's bundles at runtime; its data stays in the database. */
@Service
@Command(scope = "domain", name = "uninstall", description = "Uninstall a CountyHall domain (its data is kept)")
public final class DomainUninstall implements Action {

    @Reference
    private FeaturesService features;

    @Argument(index = 0, name = "domain", required = true, description = "Domain name, e.g. windows")
    private String domain;

    @Override
    public Object execute() throws Exception {
        String name = DomainFeatures.featureName(domain);
        if (features.getFeature(name) == null || !features.isInstalled(features.getFeature(name))) {
            System.out.println("Domain " + domain + " is not installed");
            return null;
        }
        if (!features.isRequired(features.getFeature(name))) {
            // installed as part of another feature (domain:install all): Karaf cannot take it out alone
            System.out.println("Domain " + domain + " was installed with 'domain:install all': run 'domain:uninstall "
                    + "all', then 'domain:install' each domain to keep");
            return null;
        }
        DomainFeatures.uninstall(features, name);
        System.out.println("Uninstalled " + name + "; its data stays in the database");
        return null;
    }
}
