package org.countyhall.staff.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the staff directory, PID {@code org.countyhall.staff} (etc/org.countyhall.staff.cfg), applied live. */
@ObjectClassDefinition(name = "CountyHall staff directory")
public @interface StaffConfig {

    String PID = "org.countyhall.staff";

    @AttributeDefinition(description = "Largest photo accepted, in bytes")
    int photo_maxBytes() default 512 * 1024;

    @AttributeDefinition(description = "Most data rows in one CSV import")
    int import_maxRows() default 5000;
}
