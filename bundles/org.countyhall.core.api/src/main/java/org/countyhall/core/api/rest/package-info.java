/** Publishing a domain's JAX-RS resources under /api/v1/<path>, access annotations, paging. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.countyhall.core.api.rest;
