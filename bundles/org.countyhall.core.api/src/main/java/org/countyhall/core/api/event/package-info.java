/**
 * Durable domain events through the outbox: written in the caller's transaction, numbered and published after
 * commit, handled once per cluster by the consumers core runs.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.countyhall.core.api.event;
