package org.countyhall.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.countyhall.core.api.rest.AnySignedIn;
import org.countyhall.core.api.rest.PublicAccess;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.internal.security.Duties;
import org.junit.jupiter.api.Test;

/** Deny by default: who may call a method, from its own and its class's annotations. */
class AccessRuleTest {

    private static final Actor ADMIN = new Actor("admin", null, Set.of("admin"));
    private static final Actor OFFICE = new Actor("clerk", "S1", Set.of("office"));
    private static final Actor DOOR = new Actor("door-1", null, Set.of("door"));
    private static final Actor SECURITY = new Actor("sec", null, Set.of("security-admin"));
    private static final Actor AUDITOR = new Actor("aud", null, Set.of("audit-admin"));
    private static final Duties SHARED = Duties.SHARED;
    private static final Duties SEPARATED = new Duties(true);

    static class Unmarked {
        public void plain() {
        }

        @AnySignedIn
        public void anyone() {
        }

        @RolesAllowed({})
        public void adminOnly() {
        }
    }

    @RolesAllowed("office")
    static class Office {
        public void inherited() {
        }

        @PublicAccess
        public void open() {
        }

        @AnySignedIn
        public void anyone() {
        }
    }

    @RolesAllowed("security-admin")
    static class Users {
        public void list() {
        }
    }

    @RolesAllowed("audit-admin")
    static class Audit {
        public void search() {
        }
    }

    @PublicAccess
    static class Public {
        public void inherited() {
        }

        @RolesAllowed("office")
        public void closed() {
        }
    }

    private static AccessRule rule(Class<?> type, String method) throws NoSuchMethodException {
        return AccessRule.of(type.getMethod(method), type);
    }

    @Test
    void aMethodWithoutAnyRuleIsRefusedToEveryoneEvenAdmin() throws Exception {
        AccessRule r = rule(Unmarked.class, "plain");
        assertFalse(r.isPublic());
        assertFalse(r.admits(OFFICE, SHARED));
        assertFalse(r.admits(DOOR, SHARED), "device accounts no longer slip through a forgotten annotation");
        assertFalse(r.admits(ADMIN, SHARED));
        assertEquals("This endpoint declares no access rule, so nobody may call it", r.refusal(SHARED));
    }

    @Test
    void anySignedInAdmitsPersonsButNotDeviceAccounts() throws Exception {
        AccessRule r = rule(Unmarked.class, "anyone");
        assertTrue(r.admits(OFFICE, SHARED));
        assertTrue(r.admits(ADMIN, SHARED));
        assertFalse(r.admits(DOOR, SHARED));
        assertTrue(r.admits(new Actor("door-admin", null, Set.of("door", "window")), SHARED),
                "a person who also has door");
    }

    @Test
    void anEmptyRoleListAdmitsOnlyAdmin() throws Exception {
        AccessRule r = rule(Unmarked.class, "adminOnly");
        assertTrue(r.admits(ADMIN, SHARED));
        assertFalse(r.admits(OFFICE, SHARED));
    }

    @Test
    void theMethodsRuleWinsOverItsClasss() throws Exception {
        assertTrue(rule(Office.class, "inherited").admits(OFFICE, SHARED));
        assertFalse(rule(Office.class, "inherited").admits(new Actor("w", "S2", Set.of("window")), SHARED));
        assertEquals("Needs one of the roles [office]", rule(Office.class, "inherited").refusal(SHARED));
        assertTrue(rule(Office.class, "open").isPublic());
        assertTrue(rule(Office.class, "anyone").admits(new Actor("w", "S2", Set.of("window")), SHARED));
        assertTrue(rule(Public.class, "inherited").isPublic());
        assertFalse(rule(Public.class, "closed").isPublic());
        assertFalse(rule(Public.class, "closed").admits(DOOR, SHARED));
    }

    @Test
    void adminStandsInForTheSecurityAndAuditAdministratorsUntilDutiesAreSeparated() throws Exception {
        AccessRule users = rule(Users.class, "list");
        AccessRule audit = rule(Audit.class, "search");
        assertTrue(users.admits(ADMIN, SHARED));
        assertTrue(audit.admits(ADMIN, SHARED));
        assertTrue(users.admits(SECURITY, SHARED));
        assertFalse(users.admits(AUDITOR, SHARED));

        assertFalse(users.admits(ADMIN, SEPARATED), "the system administrator no longer manages users");
        assertFalse(audit.admits(ADMIN, SEPARATED), "nor reads the audit");
        assertTrue(users.admits(SECURITY, SEPARATED));
        assertTrue(audit.admits(AUDITOR, SEPARATED));
        assertFalse(audit.admits(SECURITY, SEPARATED));
        assertFalse(users.admits(AUDITOR, SEPARATED));
        assertEquals("Separation of duties is on: this is for [security-admin] alone, held by a user with no other "
                + "administrator role", users.refusal(SEPARATED));
        assertTrue(rule(Office.class, "inherited").admits(ADMIN, SEPARATED), "admin still stands in for office");
    }
}
