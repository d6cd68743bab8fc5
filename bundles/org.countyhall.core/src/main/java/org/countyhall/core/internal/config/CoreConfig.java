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

    @AttributeDefinition(description = "Days audit records are kept (0 = for ever; at least 180, 网络安全法 art. 21)")
    int audit_retentionDays() default 0;

    @AttributeDefinition(description = "Folder whose files an admin may import from the console by name "
            + "(default <karaf.data>/countyhall/import)")
    String import_folder() default "";

    @AttributeDefinition(description = "Consecutive failed logins from one client address that lock the account for that address")
    int security_maxFailures() default 5;

    @AttributeDefinition(description = "Minutes such a lock lasts")
    int security_lockMinutes() default 15;

    @AttributeDefinition(description = "Seconds a successful HTTP Basic login is cached (0 = off)")
    int security_authCacheSeconds() default 30;

    @AttributeDefinition(description = "Password checks running at once on this node (0 = one per processor core)")
    int security_maxConcurrentChecks() default 0;

    @AttributeDefinition(description = "Password checks of one client address running at once")
    int security_checksPerAddress() default 2;

    @AttributeDefinition(description = "Longest wait in milliseconds for a password check slot (then 429 or 503)")
    long security_checkWaitMillis() default 2000;

    @AttributeDefinition(description = "Failed logins from one client address that refuse its logins (429) for the "
            + "rest of the window")
    int security_addressMaxFailures() default 30;

    @AttributeDefinition(description = "Minutes of the per-address failure window")
    int security_addressWindowMinutes() default 10;

    @AttributeDefinition(description = "三员分立: admin no longer manages users nor reads the audit; security-admin "
            + "manages users and roles, audit-admin reads the audit, and nobody holds two of the three")
    boolean security_separationOfDuties() default false;

    @AttributeDefinition(description = "PBKDF2 iterations for new password hashes")
    int security_hashIterations() default 600_000;

    @AttributeDefinition(description = "Milliseconds between outbox polls: numbering what other nodes committed, and "
            + "event consumers reading what was numbered elsewhere (the bound of their lag)")
    long events_pollMillis() default 1000;

    @AttributeDefinition(description = "Attempts of a consumer at one event before it is parked")
    int events_maxAttempts() default 5;

    @AttributeDefinition(description = "Events a consumer handles in one transaction while catching up")
    int events_batchSize() default 100;
}
