package org.countyhall.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.staff.api.Departure;
import org.countyhall.staff.api.StaffState;
import org.countyhall.staff.api.Veto;
import org.junit.jupiter.api.Test;

/** When {@link DepartureRules} lets a departure be recorded, on which day, and why it refuses one. */
class DepartureRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
    private static final List<Veto> VETOES = List.of(
            new Veto("badges", "门禁卡未归还"),
            new Veto("windows", "still holds the A post of window 3"));

    private static LocalDate decide(StaffState state, Departure d, List<Veto> vetoes) {
        return DepartureRules.decide("S001", state, d, vetoes, TODAY);
    }

    private static List<FieldError> invalid(StaffState state, Departure d, List<Veto> vetoes) {
        return assertThrows(ValidationException.class, () -> decide(state, d, vetoes)).errors();
    }

    @Test
    void withoutADayTheDepartureIsRecordedToday() {
        assertEquals(TODAY, decide(StaffState.ACTIVE, new Departure(null, "调动", false, null), List.of()));
    }

    @Test
    void aDayInThePastOrTodayIsRecordedAsGiven() {
        LocalDate past = LocalDate.of(2023, 12, 31);

        assertEquals(past, decide(StaffState.ACTIVE, new Departure(past, "离职", false, null), List.of()));
        assertEquals(TODAY, decide(StaffState.ACTIVE, new Departure(TODAY, "离职", false, "  "), List.of()));
    }

    @Test
    void aDayInTheFutureIsRefused() {
        Departure d = new Departure(TODAY.plusDays(1), "离职", false, null);

        assertEquals(List.of(new FieldError("leftOn", "must not be in the future")),
                invalid(StaffState.ACTIVE, d, List.of()));
    }

    @Test
    void aDayBefore1900IsRefused() {
        Departure d = new Departure(LocalDate.of(1899, 12, 31), "离职", false, null);

        assertEquals(List.of(new FieldError("leftOn", "must be in 1900 or later")),
                invalid(StaffState.ACTIVE, d, List.of()));
    }

    @Test
    void aReasonIsRequired() {
        assertEquals(List.of(new FieldError("reason", "required")),
                invalid(StaffState.ACTIVE, new Departure(null, null, false, null), List.of()));
        assertEquals(List.of(new FieldError("reason", "required")),
                invalid(StaffState.ACTIVE, new Departure(null, " \t", false, null), List.of()));
    }

    @Test
    void aReasonLongerThan500CharactersIsRefused() {
        assertEquals(TODAY, decide(StaffState.ACTIVE, new Departure(null, "离".repeat(500), false, null), List.of()));
        assertEquals(List.of(new FieldError("reason", "at most 500 characters")),
                invalid(StaffState.ACTIVE, new Departure(null, "离".repeat(501), false, null), List.of()));
    }

    @Test
    void aForcedDepartureNeedsItsOwnReason() {
        assertEquals(List.of(new FieldError("forceReason", "required")),
                invalid(StaffState.ACTIVE, new Departure(null, "离职", true, " "), VETOES));
    }

    @Test
    void aForceReasonWithoutForceIsRefused() {
        assertEquals(List.of(new FieldError("forceReason", "only with force")),
                invalid(StaffState.ACTIVE, new Departure(null, "离职", false, "主任同意"), List.of()));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        Departure d = new Departure(TODAY.plusYears(1), "", false, "主任同意");

        assertEquals(List.of(
                new FieldError("reason", "required"),
                new FieldError("forceReason", "only with force"),
                new FieldError("leftOn", "must not be in the future")), invalid(StaffState.ACTIVE, d, List.of()));
    }

    @Test
    void someoneWhoAlreadyLeftCannotLeaveAgain() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> decide(StaffState.LEFT, new Departure(null, "离职", false, null), List.of()));

        assertEquals("already-left", e.code());
        assertEquals(409, e.status());
        assertEquals("Staff member S001 has already left", e.getMessage());
    }

    @Test
    void aDepartureVetoedByOtherBundlesIsRefusedNamingEachCheckAndReason() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> decide(StaffState.ACTIVE, new Departure(null, "离职", false, null), VETOES));

        assertEquals("departure-vetoed", e.code());
        assertEquals(409, e.status());
        assertEquals("Staff member S001 cannot leave yet: badges: 门禁卡未归还; windows: still holds the A post of "
                + "window 3. Resolve these, or force the departure with a reason.", e.getMessage());
    }

    @Test
    void aVetoedDepartureIsAllowedWhenForcedWithAReason() {
        LocalDate past = TODAY.minusDays(3);

        assertEquals(past, decide(StaffState.ACTIVE, new Departure(past, "离职", true, "主任批准，卡已挂失"), VETOES));
    }

    @Test
    void forcingWithoutVetoesIsAllowed() {
        assertEquals(TODAY, decide(StaffState.ACTIVE, new Departure(null, "离职", true, "主任批准"), List.of()));
    }

    @Test
    void validationErrorsComeBeforeTheStateConflict() {
        assertEquals(List.of(new FieldError("reason", "required")),
                invalid(StaffState.LEFT, new Departure(null, null, false, null), VETOES));
    }

    @Test
    void havingLeftAlreadyComesBeforeTheVetoes() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> decide(StaffState.LEFT, new Departure(null, "离职", false, null), VETOES));

        assertEquals("already-left", e.code());
    }
}
