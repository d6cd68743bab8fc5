/** Extension points of the staff directory that other bundles implement, e.g. {@link org.countyhall.staff.api.spi.DepartureCheck}. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.countyhall.staff.api.spi;
