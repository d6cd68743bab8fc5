/** Schema migrations and transactions over the shared DataSource jdbc/countyhall. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.countyhall.core.api.db;
