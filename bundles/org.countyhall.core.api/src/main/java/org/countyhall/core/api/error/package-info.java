/** Exceptions that domain services throw; core maps them to application/problem+json. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.countyhall.core.api.error;
