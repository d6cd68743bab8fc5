package org.countyhall.badges.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.countyhall.badges.api.CardState;
import org.countyhall.badges.api.IssueReason;
import org.countyhall.core.api.error.ConflictException;
import org.junit.jupiter.api.Test;

/** Every step of a card (L565–L575, L591) and the refused ones, each a 409 naming the state. */
class CardLifecycleTest {

    @Test
    void l565ALossDeactivatesAnActiveCardAndIsReportedOnce() {
        assertEquals(CardState.LOST, CardLifecycle.reportLoss("C1", CardState.ACTIVE));
        ConflictException twice = assertThrows(ConflictException.class,
                () -> CardLifecycle.reportLoss("C1", CardState.LOST));
        assertEquals("card-already-lost", twice.code());
        for (CardState s : new CardState[] {CardState.FOUND, CardState.RETURNED, CardState.DAMAGED, CardState.REVOKED}) {
            assertThrows(ConflictException.class, () -> CardLifecycle.reportLoss("C1", s), s.name());
        }
    }

    @Test
    void aLostOrFoundCardIsReactivatedWhileNotReplaced() {
        assertEquals(CardState.ACTIVE, CardLifecycle.reactivate("C1", CardState.LOST, false));
        assertEquals(CardState.ACTIVE, CardLifecycle.reactivate("C1", CardState.FOUND, false));
        assertEquals("card-replaced", assertThrows(ConflictException.class,
                () -> CardLifecycle.reactivate("C1", CardState.LOST, true)).code());
        assertEquals("card-active", assertThrows(ConflictException.class,
                () -> CardLifecycle.reactivate("C1", CardState.ACTIVE, false)).code());
        assertThrows(ConflictException.class, () -> CardLifecycle.reactivate("C1", CardState.REVOKED, false));
    }

    @Test
    void l567L573AFoundCardIsFoundBeforeAReplacementAndRevokedAfterOne() {
        assertEquals(CardState.FOUND, CardLifecycle.found("C1", CardState.LOST, false));
        assertEquals(CardState.REVOKED, CardLifecycle.found("C1", CardState.LOST, true));
        assertThrows(ConflictException.class, () -> CardLifecycle.found("C1", CardState.ACTIVE, false));
        assertThrows(ConflictException.class, () -> CardLifecycle.found("C1", CardState.FOUND, false));
    }

    @Test
    void l575ACardIsHandedInActiveOrFoundInGoodOrderOrDamaged() {
        assertEquals(CardState.RETURNED, CardLifecycle.hand("C1", CardState.ACTIVE, false));
        assertEquals(CardState.RETURNED, CardLifecycle.hand("C1", CardState.FOUND, false));
        assertEquals(CardState.DAMAGED, CardLifecycle.hand("C1", CardState.ACTIVE, true));
        for (CardState s : new CardState[] {CardState.LOST, CardState.RETURNED, CardState.DAMAGED, CardState.REVOKED}) {
            assertThrows(ConflictException.class, () -> CardLifecycle.hand("C1", s, false), s.name());
        }
    }

    @Test
    void theNextCardsReasonComesFromTheLatestCard() {
        assertEquals(IssueReason.NEW, CardLifecycle.nextIssuance("S1", null, null));
        assertEquals(IssueReason.LOSS, CardLifecycle.nextIssuance("S1", "C1", CardState.LOST));
        assertEquals(IssueReason.DAMAGE, CardLifecycle.nextIssuance("S1", "C1", CardState.DAMAGED));
        assertEquals(IssueReason.NEW, CardLifecycle.nextIssuance("S1", "C1", CardState.RETURNED));
        assertEquals(IssueReason.NEW, CardLifecycle.nextIssuance("S1", "C1", CardState.REVOKED));
        assertEquals("card-active", assertThrows(ConflictException.class,
                () -> CardLifecycle.nextIssuance("S1", "C1", CardState.ACTIVE)).code());
        assertEquals("card-found", assertThrows(ConflictException.class,
                () -> CardLifecycle.nextIssuance("S1", "C1", CardState.FOUND)).code());
    }

    @Test
    void aChipUidIsHexOfFourSevenOrTenBytes() {
        java.util.List<org.countyhall.core.api.error.FieldError> errors = new java.util.ArrayList<>();
        assertEquals("04A1B2C3D4E5F6", CardRules.chipUid("04:a1:b2:c3:d4:e5:f6", "chipUid", errors));
        assertEquals("DEADBEEF", CardRules.chipUid(" deadbeef ", "chipUid", errors));
        assertEquals(0, errors.size());
        CardRules.chipUid("DEADBEE", "chipUid", errors);
        CardRules.chipUid("XYZ12345", "chipUid", errors);
        CardRules.chipUid("", "chipUid", errors);
        assertEquals(3, errors.size());
        assertEquals("C000042", CardRules.printed("C", 42));
        assertEquals("MJ1234567", CardRules.printed("MJ", 1234567));
    }
}
