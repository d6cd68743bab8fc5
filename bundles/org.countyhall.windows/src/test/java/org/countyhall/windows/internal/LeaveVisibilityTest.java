package org.countyhall.windows.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.countyhall.core.api.security.Actor;
import org.junit.jupiter.api.Test;

/** Who reads every department's leave, and who only their own. */
class LeaveVisibilityTest {

    private static Actor with(String... roles) {
        return new Actor("u", "S1", Set.of(roles));
    }

    @Test
    void aDepartmentHeadReadsOnlyTheirDepartmentUnlessTheyAlsoHoldABroaderRole() {
        assertTrue(LeaveVisibility.ownDepartmentOnly(with("dept-head")));
        assertTrue(LeaveVisibility.ownDepartmentOnly(with("dept-head", "window")));
        assertFalse(LeaveVisibility.ownDepartmentOnly(with("dept-head", "office")));
        assertFalse(LeaveVisibility.ownDepartmentOnly(with("dept-head", "supervisor")));
        assertFalse(LeaveVisibility.ownDepartmentOnly(with("dept-head", "admin")));
        assertFalse(LeaveVisibility.ownDepartmentOnly(with("office")));
        assertFalse(LeaveVisibility.ownDepartmentOnly(with("supervisor")));
    }
}
