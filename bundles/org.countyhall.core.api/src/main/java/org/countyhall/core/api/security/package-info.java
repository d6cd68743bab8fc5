/** The current actor (user, staff number, roles) and the CountyHall role names. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.countyhall.core.api.security;
