/** Window registry: the {@link org.countyhall.windows.api.WindowRegistry} service, its DTOs and event topics. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.countyhall.windows.api;
