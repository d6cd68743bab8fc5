package org.countyhall.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffState;
import org.countyhall.staff.api.Transfer;
import org.countyhall.staff.api.Veto;
import org.junit.jupiter.api.Test;

/** Transfers (调动, domain.md §3): a workflow other bundles can block, told apart from a departure (离职). */
class TransferRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final StaffMember TAX = member(StaffState.ACTIVE);
    private static final List<Veto> WINDOW_POST = List.of(new Veto("windows", "holds the A post at window 01"));

    private static StaffMember member(StaffState state) {
        return new StaffMember("S001", "张三", "税务局", Building.MAIN, "科员", List.of(), state, false, null, null, false,
                Instant.EPOCH, 1);
    }

    @Test
    void aTransferToAnotherDepartmentHappensTodayByDefault() {
        assertEquals(TODAY, TransferRules.decide(TAX, new Transfer(null, "不动产登记中心", null, "工作需要", false, null),
                List.of(), TODAY));
    }

    @Test
    void aMoveToAnotherBuildingOfTheSameDepartmentIsATransferToo() {
        assertEquals(TODAY.minusDays(2), TransferRules.decide(TAX, new Transfer(TODAY.minusDays(2), "税务局",
                Building.OTHER, "搬迁", false, null), List.of(), TODAY));
    }

    @Test
    void nothingToChangeAFutureDayAndAMissingReasonAreRefusedTogether() {
        ValidationException e = assertThrows(ValidationException.class, () -> TransferRules.decide(TAX,
                new Transfer(TODAY.plusDays(1), " 税务局 ", null, " ", false, "no"), List.of(), TODAY));

        assertEquals(List.of(new FieldError("reason", "required"), new FieldError("forceReason", "only with force"),
                new FieldError("on", "must not be in the future"),
                new FieldError("toDepartment", "is already S001's department")), e.errors());
    }

    @Test
    void aVetoStopsItUnlessForcedWithAReasonAndAPersonWhoLeftCannotMove() {
        Transfer plain = new Transfer(null, "不动产登记中心", null, "工作需要", false, null);
        ConflictException vetoed = assertThrows(ConflictException.class,
                () -> TransferRules.decide(TAX, plain, WINDOW_POST, TODAY));
        ConflictException left = assertThrows(ConflictException.class,
                () -> TransferRules.decide(member(StaffState.LEFT), plain, List.of(), TODAY));
        ValidationException noForceReason = assertThrows(ValidationException.class, () -> TransferRules.decide(TAX,
                new Transfer(null, "不动产登记中心", null, "工作需要", true, ""), WINDOW_POST, TODAY));

        assertEquals("transfer-vetoed", vetoed.code());
        assertEquals("already-left", left.code());
        assertEquals(List.of(new FieldError("forceReason", "required")), noForceReason.errors());
        assertEquals(TODAY, TransferRules.decide(TAX, new Transfer(null, "不动产登记中心", null, "工作需要", true,
                "局党组决定"), WINDOW_POST, TODAY));
    }
}
