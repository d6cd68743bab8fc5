package org.countyhall.core.internal.notify;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code org.countyhall.smtp}: e-mail delivery of inbox messages. Off until this configuration exists. */
@ObjectClassDefinition(pid = SmtpConfig.PID, name = "CountyHall e-mail notifications")
public @interface SmtpConfig {

    String PID = "org.countyhall.smtp";

    @AttributeDefinition(description = "SMTP relay host")
    String host();

    @AttributeDefinition(description = "SMTP port (25, or 587 for submission)")
    int port() default 25;

    @AttributeDefinition(description = "Sender address")
    String from();

    @AttributeDefinition(description = "User name for SMTP AUTH; empty = no authentication", required = false)
    String username() default "";

    @AttributeDefinition(description = "Password for SMTP AUTH", required = false, type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "Upgrade the connection with STARTTLS before authenticating (required: "
            + "no plain-text fallback)")
    boolean startTls() default true;

    @AttributeDefinition(description = "TLS from the first byte (SMTPS, usually port 465) instead of STARTTLS")
    boolean tlsOnConnect() default false;

    @AttributeDefinition(description = "Connect and read time-out in seconds")
    int timeoutSeconds() default 10;
}
