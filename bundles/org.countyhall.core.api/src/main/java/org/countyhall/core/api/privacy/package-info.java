/** Masking of personal data (ID card and phone numbers) for lists and logs. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.countyhall.core.api.privacy;
