package org.countyhall.windows.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the window registry, PID {@code org.countyhall.windows} (etc/org.countyhall.windows.cfg), applied live. */
@ObjectClassDefinition(name = "CountyHall window registry")
public @interface WindowsConfig {

    String PID = "org.countyhall.windows";

    @AttributeDefinition(description = "Longest leave, in working days, granted without a substitute (L845: 1)")
    int leave_maxDaysWithoutSubstitute() default 1;

    @AttributeDefinition(description = "Longest leave accepted at once, in calendar days")
    int leave_maxDays() default 366;

    @AttributeDefinition(description = "How old, in seconds, a public posting may be when served")
    int posting_maxAgeSeconds() default 5;

    @AttributeDefinition(description = "Most data rows in one CSV import")
    int import_maxRows() default 2000;

    @AttributeDefinition(description = "When, each day (HH:mm in the centre's zone), the registry announces the "
            + "windows that will be unstaffed that day (before the hall opens, L43)")
    String coverage_dailyCheckTime() default "08:00";
}
