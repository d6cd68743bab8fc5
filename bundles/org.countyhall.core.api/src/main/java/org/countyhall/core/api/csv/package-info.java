/** Reading CSV files for bulk imports: charset detection (UTF-8 or GBK), quoting, row and column lookup. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.countyhall.core.api.csv;
