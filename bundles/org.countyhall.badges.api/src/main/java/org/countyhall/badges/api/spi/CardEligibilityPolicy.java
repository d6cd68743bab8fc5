package org.countyhall.badges.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Who may be issued a card (L555–L557). Ours: staff of the main building; anyone else only with an approved
 * application by their department head. The service with the highest {@code service.ranking} decides; ours ranks
 * -100, so an integrator's bundle registered at runtime outranks it, and removing that bundle restores ours.
 */
@ConsumerType
public interface CardEligibilityPolicy {

    /** The decision for one issuance. */
    Eligibility decide(EligibilityRequest request);
}
