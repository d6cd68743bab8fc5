package org.countyhall.core.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.countyhall.core} (file etc/org.countyhall.core.cfg); applied live. */
@ObjectClassDefinition(pid = CoreConfig.PID, name = "CountyHall core")
public @interface CoreConfig {

    String PID = "org.countyhall.core";

    @AttributeDefinition(description = "The centre's time zone")
    String zone() default "Asia/Shanghai";

    @AttributeDefinition(description = "Largest request body in bytes (413 above)")
    long rest_maxBodyBytes() default 1_048_576;

    @AttributeDefinition(description = "Consecutive failed logins before the account locks")
    int security_maxFailures() default 5;

    @AttributeDefinition(description = "Minutes an account stays locked")
    int security_lockMinutes() default 15;

    @AttributeDefinition(description = "Seconds a successful HTTP Basic login is cached (0 = off)")
    int security_authCacheSeconds() default 30;

    @AttributeDefinition(description = "PBKDF2 iterations for new password hashes")
    int security_hashIterations() default 600_000;
}
