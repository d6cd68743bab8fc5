package org.countyhall.core.internal.ssh;

import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
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
 */
@Component(immediate = true)
public final class SshForwardingGuard {

    private static final Logger LOG = LoggerFactory.getLogger(SshForwardingGuard.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addServer(SshServer server) {
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        LOG.info("SSH console on port {}: port, agent and X11 forwarding refused", server.getPort());
    }

    void removeServer(SshServer server) {
        // nothing to undo: the server is stopped by Karaf
    }
}
