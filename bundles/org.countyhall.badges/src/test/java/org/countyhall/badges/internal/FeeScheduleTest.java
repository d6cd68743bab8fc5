package org.countyhall.badges.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.countyhall.badges.api.IssueReason;
import org.countyhall.badges.api.spi.CardFee;
import org.countyhall.badges.api.spi.FeeRequest;
import org.countyhall.testing.ShippedConfig;
import org.junit.jupiter.api.Test;

/** L559: 首次办理需交纳押金10元, 若因丢失或损坏第二次办理需交工本费20元, 若丢失再次办理则需交工本费50元. */
class FeeScheduleTest {

    private final FeeSchedule fees = FeeSchedule.of(ShippedConfig.defaults(BadgesConfig.class, Map.of()));

    private CardFee fee(IssueReason reason, int issuance, long depositHeld, IssueReason... history) {
        return fees.fee(new FeeRequest("S001", reason, issuance, List.of(history), depositHeld));
    }

    @Test
    void l559TheFirstCardTakesADepositOf10Yuan() {
        CardFee f = fee(IssueReason.NEW, 1, 0);
        assertEquals(1000, f.depositFen());
        assertEquals(0, f.feeFen());
    }

    @Test
    void l559TheSecondCardAfterALossCosts20YuanAndNoNewDeposit() {
        CardFee f = fee(IssueReason.LOSS, 2, 1000, IssueReason.NEW);
        assertEquals(0, f.depositFen());
        assertEquals(2000, f.feeFen());
    }

    @Test
    void l559TheSecondCardAfterDamageCosts20Yuan() {
        assertEquals(2000, fee(IssueReason.DAMAGE, 2, 1000, IssueReason.NEW).feeFen());
    }

    @Test
    void l559EveryFurtherCardAfterALossCosts50Yuan() {
        assertEquals(5000, fee(IssueReason.LOSS, 3, 1000, IssueReason.NEW, IssueReason.LOSS).feeFen());
        assertEquals(5000, fee(IssueReason.LOSS, 4, 1000, IssueReason.NEW, IssueReason.LOSS, IssueReason.LOSS)
                .feeFen());
        // after a damage replacement too: the count is the holder's issuance history
        assertEquals(5000, fee(IssueReason.LOSS, 3, 1000, IssueReason.NEW, IssueReason.DAMAGE).feeFen());
    }

    @Test
    void l559AReplacementForDamageCosts20YuanAtAnyPoint() {
        assertEquals(2000, fee(IssueReason.DAMAGE, 5, 1000, IssueReason.NEW, IssueReason.LOSS, IssueReason.LOSS,
                IssueReason.LOSS).feeFen());
    }

    @Test
    void aPersonWhoseDepositWasRefundedPaysItAgainAndOneWhoStillHoldsOneDoesNot() {
        assertEquals(1000, fee(IssueReason.NEW, 2, 0, IssueReason.NEW).depositFen());
        assertEquals(0, fee(IssueReason.NEW, 2, 1000, IssueReason.NEW).depositFen());
        // a replacement with no deposit held (reversed by the office) takes it
        assertEquals(1000, fee(IssueReason.LOSS, 2, 0, IssueReason.NEW).depositFen());
    }

    @Test
    void theNumbersComeFromTheConfiguration() {
        FeeSchedule local = FeeSchedule.of(ShippedConfig.defaults(BadgesConfig.class, Map.of("fee_depositFen", 2000L,
                "fee_secondCardFen", 1500L, "fee_furtherAfterLossFen", 3000L, "fee_damageFen", 1000L)));
        assertEquals(2000, local.fee(new FeeRequest("S1", IssueReason.NEW, 1, List.of(), 0)).depositFen());
        assertEquals(1500, local.fee(new FeeRequest("S1", IssueReason.LOSS, 2, List.of(IssueReason.NEW), 1)).feeFen());
        assertEquals(3000, local.fee(new FeeRequest("S1", IssueReason.LOSS, 3, List.of(), 1)).feeFen());
        assertEquals(1000, local.fee(new FeeRequest("S1", IssueReason.DAMAGE, 3, List.of(), 1)).feeFen());
    }
}
