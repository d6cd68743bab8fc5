package org.countyhall.core.api.security;

import java.util.Optional;

/** The one "current actor" for REST calls and console sessions, used by audit and two-person rules. */
public interface ActorContext {

    /** The logged-in actor of this call, if any. */
    Optional<Actor> current();

    /** The logged-in actor, or {@link Actor#SYSTEM} when none (jobs, start-up). */
    default Actor currentOrSystem() {
        return current().orElse(Actor.SYSTEM);
    }
}
