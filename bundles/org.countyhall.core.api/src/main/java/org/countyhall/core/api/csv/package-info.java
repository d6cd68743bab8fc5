/** Reading CSV files for bulk imports: where a console import reads them, charset detection (UTF-8 or GBK), quoting, row and column lookup. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.countyhall.core.api.csv;
