package org.countyhall.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** 三员分立 (等保 2.0): the system, security and audit administrators, shared by default, separated by configuration. */
class DutiesTest {

    private static final Set<String> USERS = Set.of("security-admin");
    private static final Set<String> AUDIT = Set.of("audit-admin");
    private static final Set<String> SYSTEM = Set.of("admin");

    private final Duties shared = Duties.SHARED;
    private final Duties separated = new Duties(true);

    @Test
    void sharedAdminDoesEverythingAndTheOtherTwoTheirOwnDutyOnly() {
        assertTrue(shared.admits(Set.of("admin"), USERS));
        assertTrue(shared.admits(Set.of("admin"), AUDIT));
        assertTrue(shared.admits(Set.of("security-admin"), USERS));
        assertFalse(shared.admits(Set.of("security-admin"), AUDIT));
        assertFalse(shared.admits(Set.of("security-admin"), SYSTEM));
        assertTrue(shared.admits(Set.of("audit-admin"), AUDIT));
        assertFalse(shared.admits(Set.of("audit-admin"), USERS));
        assertEquals(Optional.empty(), shared.conflict(Set.of("admin", "security-admin", "audit-admin")));
        assertEquals(Set.of("admin"), shared.mustRemain());
    }

    @Test
    void separatedEachDutyIsItsHoldersAloneAndAdminKeepsTheSystem() {
        assertFalse(separated.admits(Set.of("admin"), USERS));
        assertFalse(separated.admits(Set.of("admin"), AUDIT));
        assertTrue(separated.admits(Set.of("admin"), SYSTEM));
        assertTrue(separated.admits(Set.of("admin"), Set.of("office")), "admin still stands in for the desks");
        assertTrue(separated.admits(Set.of("security-admin"), USERS));
        assertTrue(separated.admits(Set.of("audit-admin", "office"), AUDIT), "a desk role beside it is no conflict");
        assertFalse(separated.admits(Set.of("audit-admin"), USERS));
        assertFalse(separated.admits(Set.of("security-admin"), SYSTEM));
    }

    @Test
    void separatedNobodyHoldsTwoAdministratorRolesAndALeftoverHolderActsInNeither() {
        assertEquals(Optional.of("separation of duties: [admin, security-admin] must be held by different users"),
                separated.conflict(Set.of("admin", "security-admin", "office")));
        assertEquals(Optional.of("separation of duties: [audit-admin, security-admin] must be held by different users"),
                separated.conflict(Set.of("audit-admin", "security-admin")));
        assertEquals(Optional.empty(), separated.conflict(Set.of("security-admin", "office")));
        assertFalse(separated.admits(Set.of("admin", "security-admin"), USERS),
                "a user given both before the switch does not manage users");
        assertFalse(separated.admits(Set.of("security-admin", "audit-admin"), AUDIT));
        assertEquals(Set.of("admin", "security-admin", "audit-admin"), separated.mustRemain());
    }

    @Test
    void aNullRoleIsNoAdministratorRole() {
        assertEquals(Optional.empty(), separated.conflict(new java.util.HashSet<>(java.util.Arrays.asList(null, "admin"))));
    }
}
