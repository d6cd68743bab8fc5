package org.countyhall.windows.internal;

import static org.countyhall.testing.TestCalendars.at;
import static org.countyhall.testing.TestCalendars.date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.countyhall.core.api.calendar.WorkingCalendar;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.LeaveRequest;
import org.countyhall.windows.api.Uncovered;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.api.WindowType;
import org.countyhall.testing.TestCalendars;
import org.junit.jupiter.api.Test;

/** The A/B rules of {@link CoverageRules} (L837, L845) on core's real hall calendar with National Day 2026. */
class CoverageRulesTest {

    private static final Function<String, WorkingCalendar> CALENDARS = TestCalendars.byName();
    private static final WorkingCalendar HALL = TestCalendars.hall();
    private static final CoverageRules RULES = new CoverageRules(1);
    private static final Instant GRANTED = Instant.parse("2026-11-30T01:00:00Z");
    /** Window 01: A is S001, B is S002; two items. */
    private static final Window W01 = window("01", TestCalendars.HALL, WindowState.OPEN, "S001", "S002");
    private static final Set<String> BOTH_ITEMS = Set.of("370100-001", "370100-002");

    /** A and B of window 01 both away from the end of September to the end of the year, without substitute. */
    private static final List<Leave> BOTH_AWAY = List.of(leave(1, "S001", "2026-09-28", "2026-12-31", null),
            leave(2, "S002", "2026-09-28", "2026-12-31", null));
    private static final Uncovered W01_UNCOVERED = new Uncovered("01", "窗口01",
            "A S001 on leave without substitute; B S002 on leave without substitute");

    private static Window window(String number, String calendar, WindowState state, String a, String b) {
        return new Window(number, "窗口" + number, WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", 1, calendar,
                state, null, null, a, b, null, null, List.of("370100-001", "370100-002"), true, GRANTED, 1L);
    }

    private static LeaveRequest request(String who, String first, String last, String substitute) {
        return new LeaveRequest(who, date(first), date(last), substitute, null);
    }

    private static Leave leave(long id, String who, String first, String last, String substitute) {
        return new Leave(id, who, date(first), date(last), substitute, true, null, GRANTED);
    }

    private static List<String> refusals(LeaveRequest r, List<Window> held, List<Leave> existing,
            Optional<Set<String>> qualifications) {
        return RULES.refusals(r, held, existing, CALENDARS, qualifications);
    }

    private static List<String> refusals(LeaveRequest r, List<Leave> existing) {
        return refusals(r, List.of(W01), existing, Optional.of(BOTH_ITEMS));
    }

    private static List<Uncovered> uncovered(String at, List<Window> windows, List<Leave> leaves) {
        return RULES.uncoveredAt(at(at), windows, leaves, CALENDARS);
    }

    private static List<String> numbers(List<Uncovered> uncovered) {
        return uncovered.stream().map(Uncovered::number).toList();
    }

    private static String needsSubstitute(int days, String window) {
        return "Leave of " + days + " working days from window " + window + " needs a substitute (补岗) qualified"
                + " for its items (more than 1 working day)";
    }

    // working days of a leave

    @Test
    void aLeaveFromFridayToMondayIsTwoWorkingDaysAcrossTheWeekend() {
        assertEquals(2, CoverageRules.workingDays(HALL, date("2026-12-04"), date("2026-12-07")));
        assertEquals(1, CoverageRules.workingDays(HALL, date("2026-12-04"), date("2026-12-04")));
        assertEquals(0, CoverageRules.workingDays(HALL, date("2026-12-05"), date("2026-12-06")));
    }

    @Test
    void twoWorkingDaysWithoutASubstituteAreRefusedNamingTheWindowAndTheDays() {
        List<String> why = refusals(request("S001", "2026-12-04", "2026-12-07", null), List.of());

        assertEquals(List.of(needsSubstitute(2, "01")), why);
    }

    @Test
    void oneWorkingDayWithoutASubstituteIsAllowedWhileBIsPresent() {
        assertEquals(List.of(), refusals(request("S001", "2026-12-04", "2026-12-04", null), List.of()));
    }

    @Test
    void theNumberOfDaysWithoutSubstituteIsTheConfiguredOne() {
        LeaveRequest twoDays = request("S001", "2026-12-04", "2026-12-07", null);

        assertEquals(List.of(), new CoverageRules(2).refusals(twoDays, List.of(W01), List.of(), CALENDARS,
                Optional.empty()));
        assertEquals(1, new CoverageRules(1).refusals(twoDays, List.of(W01), List.of(), CALENDARS,
                Optional.empty()).size());
    }

    @Test
    void eachHeldWindowIsJudgedOnItsOwnAndNamedInItsOwnSentence() {
        Window w02 = window("02", TestCalendars.HALL, WindowState.OPEN, "S003", "S001");
        Window w03 = window("03", TestCalendars.HALL, WindowState.CLOSED, "S001", null);

        List<String> why = refusals(request("S001", "2026-12-07", "2026-12-08", null), List.of(W01, w02, w03),
                List.of(), Optional.empty());

        assertEquals(List.of(needsSubstitute(2, "01"), needsSubstitute(2, "02")), why);
    }

    // working days around National Day 2026

    @Test
    void aLeaveAcrossTheHolidayCountsOnlyTheWorkingDaysAroundIt() {
        assertEquals(2, CoverageRules.workingDays(HALL, date("2026-09-30"), date("2026-10-08")));

        assertEquals(List.of(needsSubstitute(2, "01")),
                refusals(request("S001", "2026-09-30", "2026-10-08", null), List.of()));
    }

    @Test
    void aLeaveInsideTheHolidayCountsNoWorkingDayAndNeedsNoSubstitute() {
        assertEquals(0, CoverageRules.workingDays(HALL, date("2026-10-01"), date("2026-10-07")));

        // B is away too: nobody is needed on days the hall is closed
        List<Leave> bAway = List.of(leave(1, "S002", "2026-10-01", "2026-10-07", null));
        assertEquals(List.of(), refusals(request("S001", "2026-10-01", "2026-10-07", null), bAway));
    }

    @Test
    void theSwappedWorkingSaturdayCountsAsAWorkingDay() {
        assertEquals(2, CoverageRules.workingDays(HALL, date("2026-10-09"), date("2026-10-10")));

        assertEquals(List.of(needsSubstitute(2, "01")),
                refusals(request("S001", "2026-10-09", "2026-10-10", null), List.of()));
    }

    // the substitute's qualifications

    @Test
    void aSubstituteLackingOneOfTheWindowsItemsIsRefusedNamingTheItem() {
        List<String> why = refusals(request("S001", "2026-12-04", "2026-12-07", "S009"), List.of(W01), List.of(),
                Optional.of(Set.of("370100-001", "TAX.INVOICE")));

        assertEquals(List.of("Substitute S009 is not qualified for window 01's items 370100-002"), why);
    }

    @Test
    void aSubstituteIsCheckedEvenForALeaveOfOneDay() {
        List<String> why = refusals(request("S001", "2026-12-04", "2026-12-04", "S009"), List.of(W01), List.of(),
                Optional.of(Set.of()));

        assertEquals(List.of("Substitute S009 is not qualified for window 01's items 370100-001, 370100-002"), why);
    }

    @Test
    void aSubstituteQualifiedForMoreThanTheWindowsItemsIsAllowed() {
        List<String> why = refusals(request("S001", "2026-12-04", "2026-12-07", "S009"), List.of(W01), List.of(),
                Optional.of(Set.of("370100-001", "370100-002", "TAX.INVOICE")));

        assertEquals(List.of(), why);
    }

    @Test
    void unknownQualificationsAreNotCheckedWhenTheStaffDirectoryIsAbsent() {
        List<String> why = refusals(request("S001", "2026-12-04", "2026-12-07", "S009"), List.of(W01), List.of(),
                Optional.empty());

        assertEquals(List.of(), why);
    }

    // coverage of the window on each working day

    @Test
    void aOnLeaveWithASubstituteWhileBIsPresentIsAllowed() {
        assertEquals(List.of(), refusals(request("S001", "2026-12-04", "2026-12-11", "S009"), List.of()));
    }

    @Test
    void bIsRefusedOnADayWhenAIsAwayWithoutSubstitute() {
        List<Leave> aAway = List.of(leave(1, "S001", "2026-12-04", "2026-12-04", null));

        List<String> why = refusals(request("S002", "2026-12-04", "2026-12-04", null), aAway);

        assertEquals(List.of("Window 01 would be unstaffed on 2026-12-04 (A S001 on leave without substitute;"
                + " B S002 on leave without substitute)"), why);
        // the day after, A is back
        assertEquals(List.of(), refusals(request("S002", "2026-12-07", "2026-12-07", null), aAway));
    }

    @Test
    void bIsRefusedOnTheDayWhenAsSubstituteIsOnLeaveToo() {
        List<Leave> existing = List.of(leave(1, "S001", "2026-12-04", "2026-12-08", "S009"),
                leave(2, "S009", "2026-12-07", "2026-12-07", null));

        List<String> why = refusals(request("S002", "2026-12-07", "2026-12-07", null), existing);

        assertEquals(List.of("Window 01 would be unstaffed on 2026-12-07 (A S001 on leave, substitute S009 on leave"
                + " too; B S002 on leave without substitute)"), why);
        // on the Friday before, the substitute sits in for A
        assertEquals(List.of(), refusals(request("S002", "2026-12-04", "2026-12-04", null), existing));
    }

    @Test
    void onlyTheFirstUnstaffedWorkingDayIsNamed() {
        List<Leave> existing = List.of(leave(1, "S001", "2026-12-08", "2026-12-09", null),
                leave(2, "S009", "2026-12-08", "2026-12-09", null));

        List<String> why = refusals(request("S002", "2026-12-04", "2026-12-11", "S009"), List.of(W01), existing,
                Optional.of(BOTH_ITEMS));

        assertEquals(List.of("Window 01 would be unstaffed on 2026-12-08 (A S001 on leave without substitute;"
                + " B S002 on leave, substitute S009 on leave too)"), why);
    }

    @Test
    void aClosedWindowIsIgnored() {
        Window closed = window("01", TestCalendars.HALL, WindowState.CLOSED, "S001", "S002");
        List<Leave> aAway = List.of(leave(1, "S001", "2026-12-04", "2026-12-11", null));

        List<String> why = refusals(request("S002", "2026-12-04", "2026-12-11", null), List.of(closed), aAway,
                Optional.of(Set.of()));

        assertEquals(List.of(), why);
    }

    // uncovered windows at an instant

    @Test
    void aWindowWhoseAAndBAreAwayIsUncoveredDuringOpeningHours() {
        assertEquals(List.of(W01_UNCOVERED), uncovered("2026-12-07T09:00+08:00", List.of(W01), BOTH_AWAY));
        assertEquals(List.of(W01_UNCOVERED), uncovered("2026-12-07T14:30+08:00", List.of(W01), BOTH_AWAY));
    }

    @Test
    void nobodyIsNeededAtLunchAtNightOnWeekendsAndOnHolidays() {
        assertEquals(List.of(), uncovered("2026-12-07T12:30+08:00", List.of(W01), BOTH_AWAY));
        assertEquals(List.of(), uncovered("2026-12-07T12:00+08:00", List.of(W01), BOTH_AWAY));
        assertEquals(List.of(), uncovered("2026-12-07T18:00+08:00", List.of(W01), BOTH_AWAY));
        assertEquals(List.of(), uncovered("2026-12-07T08:29+08:00", List.of(W01), BOTH_AWAY));
        assertEquals(List.of(), uncovered("2026-12-05T10:00+08:00", List.of(W01), BOTH_AWAY));
        assertEquals(List.of(), uncovered("2026-10-02T10:00+08:00", List.of(W01), BOTH_AWAY));
    }

    @Test
    void theDaysAroundTheHolidayAndTheSwappedSaturdayNeedStaff() {
        assertEquals(List.of(W01_UNCOVERED), uncovered("2026-09-30T10:00+08:00", List.of(W01), BOTH_AWAY));
        assertEquals(List.of(W01_UNCOVERED), uncovered("2026-10-08T10:00+08:00", List.of(W01), BOTH_AWAY));
        assertEquals(List.of(W01_UNCOVERED), uncovered("2026-10-10T10:00+08:00", List.of(W01), BOTH_AWAY));
    }

    @Test
    void aWindowWithNeitherAnANorABIsUncoveredDuringOpeningHours() {
        Window empty = window("02", TestCalendars.HALL, WindowState.OPEN, null, null);

        assertEquals(List.of(new Uncovered("02", "窗口02", "A not assigned; B not assigned")),
                uncovered("2026-12-07T09:00+08:00", List.of(W01, empty), List.of()));
    }

    @Test
    void aPausedWindowNeedsStaffButAClosedWindowNever() {
        Window paused = window("02", TestCalendars.HALL, WindowState.PAUSED, null, null);
        Window closed = window("03", TestCalendars.HALL, WindowState.CLOSED, null, null);

        assertEquals(List.of("02"), uncovered("2026-12-07T09:00+08:00", List.of(paused, closed), List.of()).stream()
                .map(Uncovered::number).toList());
    }

    @Test
    void aSubstituteCoversTheWindowUnlessHeIsAwayHimself() {
        List<Leave> covered = List.of(leave(1, "S001", "2026-12-04", "2026-12-08", "S009"),
                leave(2, "S002", "2026-12-04", "2026-12-08", null));
        List<Leave> subAway = List.of(covered.get(0), covered.get(1), leave(3, "S009", "2026-12-07", "2026-12-07",
                null));

        assertEquals(List.of(), uncovered("2026-12-07T09:00+08:00", List.of(W01), covered));
        assertEquals(List.of(new Uncovered("01", "窗口01", "A S001 on leave, substitute S009 on leave too;"
                + " B S002 on leave without substitute")), uncovered("2026-12-07T09:00+08:00", List.of(W01), subAway));
        assertEquals(List.of(), uncovered("2026-12-08T09:00+08:00", List.of(W01), subAway));
    }

    @Test
    void aVillageWindowIsUncoveredAfterTheHallHasClosed() {
        Window hallWindow = window("02", TestCalendars.HALL, WindowState.OPEN, null, null);
        Window villageWindow = window("V1", TestCalendars.VILLAGE, WindowState.OPEN, null, null);
        List<Window> both = List.of(hallWindow, villageWindow);

        assertEquals(List.of("V1"), numbers(uncovered("2026-12-07T17:30+08:00", both, List.of())));
        assertEquals(List.of("V1"), numbers(uncovered("2026-12-07T08:00+08:00", both, List.of())));
        assertEquals(List.of("V1"), numbers(uncovered("2026-12-07T13:00+08:00", both, List.of())));
        assertEquals(List.of("02", "V1"), numbers(uncovered("2026-12-07T16:59+08:00", both, List.of())));
        assertEquals(List.of(), numbers(uncovered("2026-12-07T18:00+08:00", both, List.of())));
    }

    @Test
    void anInstantIsReadInTheCalendarsZone() {
        List<Leave> mondayOnly = List.of(leave(1, "S001", "2026-12-07", "2026-12-07", null),
                leave(2, "S002", "2026-12-07", "2026-12-07", null));

        // Monday 07:30, 09:00 and 12:30 in Shanghai
        assertEquals(List.of(), uncovered("2026-12-06T23:30Z", List.of(W01), mondayOnly));
        assertEquals(List.of(W01_UNCOVERED), uncovered("2026-12-07T01:00Z", List.of(W01), mondayOnly));
        assertEquals(List.of(), uncovered("2026-12-07T04:30Z", List.of(W01), mondayOnly));
        // Tuesday 09:00: both are back
        assertEquals(List.of(), uncovered("2026-12-08T01:00Z", List.of(W01), mondayOnly));
    }

    @Test
    void aSubstituteCannotTakeLeaveOnADayHeCoversAWindowWhoseOtherPostHolderIsAway() {
        // A (S001) away 12-04..12-08 with substitute S009; B (S002) away on 12-07 without one
        List<Leave> existing = List.of(leave(1, "S001", "2026-12-04", "2026-12-08", "S009"),
                leave(2, "S002", "2026-12-07", "2026-12-07", null));
        // S009 holds no post himself, but covers window 01
        List<String> why = RULES.refusals(request("S009", "2026-12-07", "2026-12-07", null), List.of(), List.of(W01),
                existing, CALENDARS, Optional.empty());
        assertEquals(List.of("Window 01 would be unstaffed on 2026-12-07 (A S001 on leave, substitute S009 on leave"
                + " too; B S002 on leave without substitute)"), why);
        // on 12-09 nobody needs him
        assertEquals(List.of(), RULES.refusals(request("S009", "2026-12-09", "2026-12-09", null), List.of(),
                List.of(W01), existing, CALENDARS, Optional.empty()));
    }

    @Test
    void theDailyCheckListsWindowsUnstaffedOnAWorkingDayButNotOnAWeekendOrHoliday() {
        // A and B of window 01 away from 2026-09-28 to the end of the year, without substitute
        assertEquals(List.of(W01_UNCOVERED), RULES.unstaffedOn(date("2026-12-07"), List.of(W01), BOTH_AWAY, CALENDARS));
        assertEquals(List.of(), RULES.unstaffedOn(date("2026-12-05"), List.of(W01), BOTH_AWAY, CALENDARS)); // Saturday
        assertEquals(List.of(), RULES.unstaffedOn(date("2026-10-02"), List.of(W01), BOTH_AWAY, CALENDARS)); // holiday
        assertEquals(List.of(W01_UNCOVERED), RULES.unstaffedOn(date("2026-10-10"), List.of(W01), BOTH_AWAY,
                CALENDARS)); // the swapped working Saturday
        assertEquals(List.of(), RULES.unstaffedOn(date("2026-12-07"), List.of(W01), List.of(), CALENDARS));
    }

    // a change of post holder, state or calendar against leave already granted (L837)

    private static final java.time.LocalDate TUESDAY_DEC_1 = date("2026-12-01");

    private static Optional<String> change(Window before, Window after, List<Leave> leaves) {
        return CoverageRules.assignmentGap(before, HALL, after, HALL, TUESDAY_DEC_1, leaves);
    }

    private static Window w01(WindowState state, String a, String b) {
        return window("01", TestCalendars.HALL, state, a, b);
    }

    @Test
    void emptyingBWhileAIsAwayOneDayWithoutSubstituteIsRefusedNamingTheDay() {
        List<Leave> aAwayFriday = List.of(leave(1, "S001", "2026-12-04", "2026-12-04", null));
        assertEquals(Optional.of("Window 01 would be unstaffed on 2026-12-04 (A S001 on leave without substitute; "
                + "B not assigned); name a substitute for that leave or choose someone else"),
                change(W01, w01(WindowState.OPEN, "S001", null), aAwayFriday));
    }

    @Test
    void givingBToSomeoneAwayTheSameDayIsRefused() {
        List<Leave> leaves = List.of(leave(1, "S001", "2026-12-04", "2026-12-04", null),
                leave(2, "S004", "2026-12-03", "2026-12-07", null));
        assertEquals(Optional.of("Window 01 would be unstaffed on 2026-12-04 (A S001 on leave without substitute; "
                + "B S004 on leave without substitute); name a substitute for that leave or choose someone else"),
                change(W01, w01(WindowState.OPEN, "S001", "S004"), leaves));
        assertEquals(Optional.empty(), change(W01, w01(WindowState.OPEN, "S001", "S005"), leaves), "S005 is present");
    }

    @Test
    void aSubstituteKeepsTheWindowStaffedWhenBIsEmptied() {
        List<Leave> withSubstitute = List.of(leave(1, "S001", "2026-12-04", "2026-12-08", "S003"));
        assertEquals(Optional.empty(), change(W01, w01(WindowState.OPEN, "S001", null), withSubstitute));
    }

    @Test
    void pastLeaveWeekendsAndHolidaysNeedNobody() {
        List<Leave> leaves = List.of(leave(1, "S001", "2026-11-20", "2026-11-30", null), // before today
                leave(2, "S001", "2026-12-05", "2026-12-06", null)); // Saturday and Sunday
        assertEquals(Optional.empty(), change(W01, w01(WindowState.OPEN, "S001", null), leaves));
        // seen from Monday 2026-09-28: National Day (10-01..10-07) needs nobody, Thursday 10-08 does
        Window withoutB = w01(WindowState.OPEN, "S001", null);
        assertEquals(Optional.empty(), CoverageRules.assignmentGap(W01, HALL, withoutB, HALL, date("2026-09-28"),
                List.of(leave(3, "S001", "2026-10-01", "2026-10-07", null))));
        assertEquals(Optional.of("Window 01 would be unstaffed on 2026-10-08 (A S001 on leave without substitute; "
                + "B not assigned); name a substitute for that leave or choose someone else"),
                CoverageRules.assignmentGap(W01, HALL, withoutB, HALL, date("2026-09-28"),
                        List.of(leave(3, "S001", "2026-10-01", "2026-10-09", null))));
    }

    @Test
    void aClosedWindowNeedsNobodyButReopeningItDuringSuchLeaveIsRefused() {
        List<Leave> aAwayFriday = List.of(leave(1, "S001", "2026-12-04", "2026-12-04", null));
        Window closedWithoutB = w01(WindowState.CLOSED, "S001", null);
        assertEquals(Optional.empty(), change(W01, closedWithoutB, aAwayFriday));
        assertEquals(Optional.of("Window 01 would be unstaffed on 2026-12-04 (A S001 on leave without substitute; "
                + "B not assigned); name a substitute for that leave or choose someone else"),
                change(closedWithoutB, w01(WindowState.OPEN, "S001", null), aAwayFriday));
        assertEquals(Optional.empty(), change(closedWithoutB, w01(WindowState.PAUSED, "S001", "S002"), aAwayFriday),
                "reopened with B present");
    }

    @Test
    void aDayThatWasUnstaffedBeforeTheChangeIsNotBlamedOnIt() {
        List<Leave> bothAwayFriday = List.of(leave(1, "S001", "2026-12-04", "2026-12-04", null),
                leave(2, "S002", "2026-12-04", "2026-12-04", null));
        assertEquals(Optional.empty(), change(W01, w01(WindowState.OPEN, "S001", null), bothAwayFriday));
    }

    @Test
    void aWindowWithoutLeaveInvolvedMayLoseItsPostHolders() {
        assertEquals(Optional.empty(), change(W01, w01(WindowState.OPEN, null, null), List.of(
                leave(1, "S009", "2026-12-04", "2026-12-04", null))), "S009 holds no post here");
    }

    @Test
    void aNewWindowWhoseOnlyPostHolderIsAwayWithoutSubstituteIsRefused() {
        List<Leave> aAwayFriday = List.of(leave(1, "S001", "2026-12-04", "2026-12-04", null));
        assertEquals(Optional.of("Window 01 would be unstaffed on 2026-12-04 (A S001 on leave without substitute; "
                + "B not assigned); name a substitute for that leave or choose someone else"),
                change(null, w01(WindowState.OPEN, "S001", null), aAwayFriday));
        assertEquals(Optional.empty(), change(null, W01, aAwayFriday), "with B present");
        assertEquals(Optional.empty(), change(null, w01(WindowState.CLOSED, "S001", null), aAwayFriday), "closed");
    }

    @Test
    void aCalendarThatMakesTheDayOffAWorkingDayDuringSuchLeaveIsRefused() {
        // a six-day calendar: Saturday 2026-12-05 is a working day there, not in the hall's
        WorkingCalendar sixDays = TestCalendars.sixDays();
        List<Leave> aAwaySaturday = List.of(leave(1, "S001", "2026-12-05", "2026-12-05", null));
        Window hall = w01(WindowState.OPEN, "S001", null);
        Window moved = window("01", "six-days", WindowState.OPEN, "S001", null);
        assertEquals(Optional.of("Window 01 would be unstaffed on 2026-12-05 (A S001 on leave without substitute; "
                + "B not assigned); name a substitute for that leave or choose someone else"),
                CoverageRules.assignmentGap(hall, HALL, moved, sixDays, TUESDAY_DEC_1, aAwaySaturday));
        assertEquals(Optional.empty(), CoverageRules.assignmentGap(moved, sixDays, hall, HALL, TUESDAY_DEC_1,
                aAwaySaturday), "back to the hall's calendar: Saturday needs nobody");
    }
}
