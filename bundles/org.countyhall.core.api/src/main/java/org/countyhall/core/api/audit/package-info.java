/** Who did what, when: the audit trail. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.countyhall.core.api.audit;
