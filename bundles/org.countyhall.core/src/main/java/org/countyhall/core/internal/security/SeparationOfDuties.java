package org.countyhall.core.internal.security;

import java.util.Set;

import org.countyhall.core.api.error.ForbiddenException;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.internal.config.CoreConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** The {@link Duties} of {@code security.separationOfDuties} (applied live), for REST, the console and the directory. */
@Component(service = SeparationOfDuties.class, configurationPid = CoreConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class SeparationOfDuties {

    private final CurrentActor current;
    private volatile Duties duties;

    @Activate
    public SeparationOfDuties(@Reference CurrentActor current, CoreConfig config) {
        this.current = current;
        modified(config);
    }

    @Modified
    void modified(CoreConfig config) {
        duties = new Duties(config.security_separationOfDuties());
    }

    public Duties duties() {
        return duties;
    }

    /**
     * For a console command of {@code role}'s duty: refuses a session that may not act in it. Karaf's own admin on
     * the local console always may (whoever runs the process already has the machine, and must be able to repair
     * the administrators).
     */
    public void requireOnConsole(String role) {
        if (current.isKarafAdminConsole()) {
            return;
        }
        Set<String> held = current.current().map(Actor::roles).orElse(Set.of());
        Duties d = duties;
        if (!d.admits(held, Set.of(role))) {
            throw new ForbiddenException(d.refusal(Set.of(role)));
        }
    }
}
