package org.countyhall.badges.internal;

import org.countyhall.badges.api.CardBasis;
import org.countyhall.badges.api.spi.Eligibility;
import org.countyhall.badges.api.spi.EligibilityRequest;
import org.countyhall.staff.api.Building;

/**
 * The default eligibility (L555–L557): staff of the main building may be issued a card; anyone else only with an
 * approved application by their department head naming them. Plain Java.
 */
final class EligibilityRule {

    static final String REFUSAL = "works outside the main building: a card needs an application by the department "
            + "head naming the applicant, approved by the office (L555-L557)";

    private EligibilityRule() {
    }

    static Eligibility decide(EligibilityRequest r) {
        if (r.building() == Building.MAIN) {
            return Eligibility.eligible(CardBasis.MAIN_BUILDING);
        }
        return r.approvedApplication() ? Eligibility.eligible(CardBasis.APPLICATION) : Eligibility.refused(REFUSAL);
    }
}
