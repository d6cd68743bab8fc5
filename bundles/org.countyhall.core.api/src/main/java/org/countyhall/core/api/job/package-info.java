/** Periodic jobs that run once per period, on any number of nodes. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.countyhall.core.api.job;
