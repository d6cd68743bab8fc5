/**
 * Rules a county may set differently, as services an integrator's bundle registers at a higher
 * {@code service.ranking} than ours (the defaults rank -100): eligibility, fees, the points of an unreported loss.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.countyhall.badges.api.spi;
