/** Per-user inbox and the Notifier SPI for outside channels (e-mail, SMS). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.countyhall.core.api.notify;
