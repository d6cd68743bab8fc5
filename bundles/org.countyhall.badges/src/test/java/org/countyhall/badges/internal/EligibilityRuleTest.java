package org.countyhall.badges.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.countyhall.badges.api.CardBasis;
import org.countyhall.badges.api.spi.Eligibility;
import org.countyhall.badges.api.spi.EligibilityRequest;
import org.countyhall.staff.api.Building;
import org.junit.jupiter.api.Test;

/** L555: 门禁卡的办理限定为主楼上班员工; L556–L557: 物流等其他部门员工需办理时, 应由部门负责人向管理中心提出申请. */
class EligibilityRuleTest {

    @Test
    void l555StaffOfTheMainBuildingMayHaveACard() {
        Eligibility e = EligibilityRule.decide(new EligibilityRequest("S001", Building.MAIN, true, false));
        assertTrue(e.eligible());
        assertEquals(CardBasis.MAIN_BUILDING, e.basis());
    }

    @Test
    void l556OthersOnlyWithAnApprovedApplication() {
        Eligibility refused = EligibilityRule.decide(new EligibilityRequest("L001", Building.OTHER, true, false));
        assertFalse(refused.eligible());
        assertTrue(refused.refusal().contains("application"), refused.refusal());
        Eligibility applied = EligibilityRule.decide(new EligibilityRequest("L001", Building.OTHER, true, true));
        assertEquals(CardBasis.APPLICATION, applied.basis());
    }

    @Test
    void theOfficesWordCountsWithoutTheDirectory() {
        assertEquals(CardBasis.MAIN_BUILDING, EligibilityRule.decide(
                new EligibilityRequest("S001", Building.MAIN, false, false)).basis());
        assertFalse(EligibilityRule.decide(new EligibilityRequest("S001", Building.OTHER, false, false)).eligible());
    }
}
