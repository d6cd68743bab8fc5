/** Staff directory: the {@link org.countyhall.staff.api.StaffDirectory} service, its DTOs and event topics. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.countyhall.staff.api;
