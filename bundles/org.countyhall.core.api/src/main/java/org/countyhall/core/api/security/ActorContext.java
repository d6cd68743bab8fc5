package org.countyhall.core.api.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The one "current actor" for REST calls and console sessions, used by audit and two-person rules. */
@ProviderType
public interface ActorContext {

    /** The logged-in actor of this call, if any. */
    Optional<Actor> current();

    /** The logged-in actor, or {@link Actor#SYSTEM} when none (jobs, start-up). */
    default Actor currentOrSystem() {
        return current().orElse(Actor.SYSTEM);
    }
}
