package org.countyhall.core.api.notify;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: an outside channel (e-mail, SMS) that also delivers inbox messages. An integrator registers one;
 * a failure is logged and never undoes the inbox message.
 */
@ConsumerType
public interface Notifier {

    /** Channel name for logs and configuration, e.g. {@code smtp}. */
    String channel();

    /** Delivers a message to the user; the implementation resolves the user's address itself. */
    void deliver(String username, String subject, String body) throws Exception;
}
