package org.countyhall.core.internal.security;

import java.security.AccessController;
import java.util.Optional;

import javax.security.auth.Subject;

import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.ActorContext;
import org.countyhall.core.api.security.Roles;
import org.osgi.service.component.annotations.Component;

/**
 * The current actor: the REST call's authenticated user (set by the auth filter for the request thread), or
 * the JAAS subject of the console session that runs a command.
 */
@Component(service = {ActorContext.class, CurrentActor.class})
public final class CurrentActor implements ActorContext {

    private final ThreadLocal<Actor> rest = new ThreadLocal<>();

    @Override
    @SuppressWarnings("removal") // Subject.getSubject is how Karaf's shell exposes the session's login on Java 17
    public Optional<Actor> current() {
        Actor a = rest.get();
        if (a != null) {
            return Optional.of(a);
        }
        Subject subject = Subject.getSubject(AccessController.getContext());
        return subject == null ? Optional.empty()
                : Optional.ofNullable(CountyHallPrincipals.actorOf(subject.getPrincipals()));
    }

    /**
     * True for a CountyHall admin, and for Karaf's own {@code admin} role on the local console (whoever runs the
     * process already has the machine).
     */
    @SuppressWarnings("removal")
    public boolean isAdmin() {
        Actor a = rest.get();
        if (a != null) {
            return a.hasRole(Roles.ADMIN);
        }
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return false;
        }
        Actor actor = CountyHallPrincipals.actorOf(subject.getPrincipals());
        return actor != null && actor.hasRole(Roles.ADMIN) || CountyHallPrincipals.hasKarafAdmin(subject.getPrincipals());
    }

    /** True for a console session of Karaf's own {@code admin} role that is no CountyHall login (bin/karaf). */
    @SuppressWarnings("removal")
    public boolean isKarafAdminConsole() {
        if (rest.get() != null) {
            return false;
        }
        Subject subject = Subject.getSubject(AccessController.getContext());
        return subject != null && CountyHallPrincipals.actorOf(subject.getPrincipals()) == null
                && CountyHallPrincipals.hasKarafAdmin(subject.getPrincipals());
    }

    /** Binds the REST caller to this thread for the duration of the request. */
    public void bind(Actor actor) {
        rest.set(actor);
    }

    public void clear() {
        rest.remove();
    }
}
