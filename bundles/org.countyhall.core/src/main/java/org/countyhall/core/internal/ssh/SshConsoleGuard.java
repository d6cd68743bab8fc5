package org.countyhall.core.internal.ssh;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.countyhall.core.internal.security.UserSessions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes port, agent and X11 forwarding on Karaf's SSH console. Karaf 4.4.10 sets an accept-all forwarding filter
 * with no configuration key, so every console user (a window clerk) could tunnel to the database or the intranet
 * through the server ({@code ssh -L}, {@code -R}, {@code -D}). Karaf registers each SSH server it makes as a
 * service before starting it, again after every change of {@code etc/org.apache.karaf.shell.cfg}; the
 * reference is bound in that registration, so no server ever accepts a connection with forwarding open.
 *
 * <p>It also ends the console sessions of a user whose password, roles or enabled flag changed
 * ({@link UserSessions}, called by the user change watcher).
 */
@Component(immediate = true, service = UserSessions.class)
public final class SshConsoleGuard implements UserSessions {

    private static final Logger LOG = LoggerFactory.getLogger(SshConsoleGuard.class);

    private final List<SshServer> servers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addServer(SshServer server) {
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        servers.add(server);
        LOG.info("SSH console on port {}: port, agent and X11 forwarding refused", server.getPort());
    }

    void removeServer(SshServer server) {
        servers.remove(server); // Karaf stops it
    }

    @Override
    public int closeAll(String username) {
        int closed = 0;
        for (SshServer server : servers) {
            if (!server.isStarted()) {
                continue; // Karaf keeps the services of servers it stopped after a configuration change
            }
            for (Session session : server.getActiveSessions()) {
                if (username.equals(session.getUsername())) {
                    session.close(true);
                    closed++;
                }
            }
        }
        return closed;
    }
}
