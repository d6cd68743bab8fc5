/** Durable domain events through the outbox: written in the caller's transaction, published after commit. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.countyhall.core.api.event;
