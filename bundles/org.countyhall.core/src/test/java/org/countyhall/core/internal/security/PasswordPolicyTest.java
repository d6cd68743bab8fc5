package org.countyhall.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptableWithTwoCharacterClasses() {
        assertEquals(List.of(), PasswordPolicy.validate("jdoe", "letters123".toCharArray()));
        assertEquals(List.of(), PasswordPolicy.validate("jdoe", "letters-and spaces".toCharArray()));
        assertEquals(List.of(), PasswordPolicy.validate("jdoe", "1234-5678-90".toCharArray()));
        assertEquals(List.of(), PasswordPolicy.validate(null, "letters123".toCharArray()));
    }

    @Test
    void tooShort() {
        assertEquals(List.of("The password must have at least 10 characters."),
                PasswordPolicy.validate("jdoe", "abc12345!".toCharArray()));
    }

    @Test
    void singleCharacterClass() {
        assertEquals(List.of("The password must mix at least two of: letters, digits, other characters."),
                PasswordPolicy.validate("jdoe", "onlylettershere".toCharArray()));
        assertEquals(1, PasswordPolicy.validate("jdoe", "12345678901".toCharArray()).size());
    }

    @Test
    void userNameIgnoringCase() {
        assertEquals(List.of("The password must not be the user name."),
                PasswordPolicy.validate("Clerk.Smith01", "cLERK.sMITH01".toCharArray()));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertEquals(3, PasswordPolicy.validate("abc", "ABC".toCharArray()).size());
    }
}
