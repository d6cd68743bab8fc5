package org.countyhall.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.countyhall.core.api.security.Actor;
import org.junit.jupiter.api.Test;

/** What a CountyHall login carries for Karaf's command ACLs: never Karaf's own roles. */
class CountyHallPrincipalsTest {

    private static Set<String> karafRoles(Set<Principal> principals) {
        return principals.stream().filter(p -> p instanceof RolePrincipal).map(Principal::getName)
                .collect(Collectors.toSet());
    }

    @Test
    void eachRoleIsAPrefixedKarafRoleAndAPrincipalOfTheOldClass() {
        Set<Principal> p = CountyHallPrincipals.of(new Actor("it-admin", "S9", Set.of("admin", "office")));
        assertEquals(Set.of("ssh", "countyhall-admin", "countyhall-office"), karafRoles(p));
        assertTrue(p.contains(new CountyHallRole("admin")), "ACL files of the older form keep working");
        assertTrue(p.contains(new CountyHallRole("office")));
        assertFalse(CountyHallPrincipals.hasKarafAdmin(p), "a CountyHall admin is not Karaf's admin");
        assertEquals(new Actor("it-admin", "S9", Set.of("admin", "office")), CountyHallPrincipals.actorOf(p));
    }

    @Test
    void aDeviceAccountGetsNoConsole() {
        Set<Principal> p = CountyHallPrincipals.of(new Actor("door-1", null, Set.of("door")));
        assertEquals(Set.of("countyhall-door"), karafRoles(p));
    }

    @Test
    void karafsLocalAdminIsRecognised() {
        assertTrue(CountyHallPrincipals.hasKarafAdmin(Set.of(new RolePrincipal("admin"))));
        assertFalse(CountyHallPrincipals.hasKarafAdmin(Set.of(new RolePrincipal("countyhall-admin"))));
    }
}
