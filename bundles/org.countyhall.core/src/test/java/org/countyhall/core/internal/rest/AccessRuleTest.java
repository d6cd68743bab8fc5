package org.countyhall.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.countyhall.core.api.rest.AnySignedIn;
import org.countyhall.core.api.rest.PublicAccess;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.api.security.Actor;
import org.junit.jupiter.api.Test;

/** Deny by default: who may call a method, from its own and its class's annotations. */
class AccessRuleTest {

    private static final Actor ADMIN = new Actor("admin", null, Set.of("admin"));
    private static final Actor OFFICE = new Actor("clerk", "S1", Set.of("office"));
    private static final Actor DOOR = new Actor("door-1", null, Set.of("door"));

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
        assertFalse(r.admits(OFFICE));
        assertFalse(r.admits(DOOR), "device accounts no longer slip through a forgotten annotation");
        assertFalse(r.admits(ADMIN));
        assertEquals("This endpoint declares no access rule, so nobody may call it", r.refusal());
    }

    @Test
    void anySignedInAdmitsPersonsButNotDeviceAccounts() throws Exception {
        AccessRule r = rule(Unmarked.class, "anyone");
        assertTrue(r.admits(OFFICE));
        assertTrue(r.admits(ADMIN));
        assertFalse(r.admits(DOOR));
        assertTrue(r.admits(new Actor("door-admin", null, Set.of("door", "window"))), "a person who also has door");
    }

    @Test
    void anEmptyRoleListAdmitsOnlyAdmin() throws Exception {
        AccessRule r = rule(Unmarked.class, "adminOnly");
        assertTrue(r.admits(ADMIN));
        assertFalse(r.admits(OFFICE));
    }

    @Test
    void theMethodsRuleWinsOverItsClasss() throws Exception {
        assertTrue(rule(Office.class, "inherited").admits(OFFICE));
        assertFalse(rule(Office.class, "inherited").admits(new Actor("w", "S2", Set.of("window"))));
        assertEquals("Needs one of the roles [office]", rule(Office.class, "inherited").refusal());
        assertTrue(rule(Office.class, "open").isPublic());
        assertTrue(rule(Office.class, "anyone").admits(new Actor("w", "S2", Set.of("window"))));
        assertTrue(rule(Public.class, "inherited").isPublic());
        assertFalse(rule(Public.class, "closed").isPublic());
        assertFalse(rule(Public.class, "closed").admits(DOOR));
    }
}
