/**
 * The console commands every domain has, written once: {@code <scope>:import} ({@link ImportCommand}) and
 * {@code <scope>:list} ({@link ListCommand}). A domain's command extends one, names its scope with
 * {@code @Command} and calls its own service; Karaf fills the inherited options, arguments and references.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.countyhall.core.api.shell;
