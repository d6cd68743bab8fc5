package org.countyhall.core.internal.shell;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code domain:list}: the CountyHall domains available and which are installed. */
@Service
@Command(scope = "domain", name = "list", description = "List the CountyHall domains and whether they are installed")
public final class DomainList implements Action {

    @Reference
    private FeaturesService features;

    @Override
    public Object execute() throws Exception {
        ShellTable table = new ShellTable();
        table.column("Domain");
        table.column("Feature");
        table.column("Installed");
        table.column("Description");
        for (Feature f : DomainFeatures.available(features)) {
            table.addRow().addContent(f.getName().substring("countyhall-".length()), f.getName(),
                    features.isInstalled(f) ? "yes" : "no", f.getDescription());
        }
        table.print(System.out);
        return null;
    }
}
