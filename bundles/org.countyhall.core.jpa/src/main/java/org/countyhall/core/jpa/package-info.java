/**
 * The unit of work of a JPA domain: {@link org.countyhall.core.jpa.Jpa} runs reads and writes, and
 * {@link org.countyhall.core.jpa.AriesJpa} runs them on the domain's Aries JPA template in a JTA transaction that
 * core's audit and outbox join. Tests run the same code on {@code org.countyhall.testing.TestJpa}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.countyhall.core.jpa;
