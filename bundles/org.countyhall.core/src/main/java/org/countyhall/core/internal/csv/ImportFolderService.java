package org.countyhall.core.internal.csv;

import java.io.InputStream;
import java.nio.file.Path;

import org.countyhall.core.api.csv.ImportSources;
import org.countyhall.core.internal.config.CoreConfig;
import org.countyhall.core.internal.security.CurrentActor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** {@link ImportSources} with the folder and limit of {@code etc/org.countyhall.core.cfg}; applied live. */
@Component(service = ImportSources.class, configurationPid = CoreConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class ImportFolderService implements ImportSources {

    private final CurrentActor current;
    private volatile ImportFolder folder;

    @Activate
    public ImportFolderService(@Reference CurrentActor current, CoreConfig config) {
        this.current = current;
        modified(config);
    }

    @Modified
    void modified(CoreConfig config) {
        folder = new ImportFolder(folder(config.import_folder()), config.rest_maxBodyBytes(), current::isAdmin);
    }

    @Override
    public byte[] read(String file, InputStream stdin) {
        return folder.read(file, stdin);
    }

    /** The configured folder, or {@code <karaf.data>/countyhall/import}. */
    static Path folder(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return Path.of(System.getProperty("karaf.data", "data"), "countyhall", "import");
    }
}
