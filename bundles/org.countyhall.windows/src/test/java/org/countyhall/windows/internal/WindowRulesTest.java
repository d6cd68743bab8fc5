package org.countyhall.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.countyhall.core.api.error.FieldError;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.api.WindowType;
import org.junit.jupiter.api.Test;

/** What {@link WindowRules} accepts, how it normalises a window, and how it reports every problem at once. */
class WindowRulesTest {

    private static final List<String> CALENDARS = List.of("village", "hall");
    private static final String NUMBER_RULE = "1 to 10 letters, digits or dashes, starting with a letter or digit"
            + " (not import/leaves/uncovered)";
    private static final String PHONE_RULE = "3 to 30 digits, spaces, '+', '-', '(' or ')'";

    /** A valid window with the given number; the other fields as a test needs them. */
    private static WindowInput input(String number) {
        return new WindowInput(number, "综合受理", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", null, null,
                null, null, null, "S001", "S002", null, null, List.of());
    }

    private static WindowInput withFloor(Integer floor) {
        return new WindowInput("01", "综合受理", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", floor, null,
                null, null, null, null, null, null, null, List.of());
    }

    private static WindowInput withPosts(String a, String b) {
        return new WindowInput("01", "综合受理", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", null, null,
                null, null, null, a, b, null, null, List.of());
    }

    private static WindowInput withComplaints(String phone, String email) {
        return new WindowInput("01", "综合受理", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", null, null,
                null, null, null, null, null, phone, email, List.of());
    }

    private static WindowInput withCalendar(String calendar) {
        return new WindowInput("01", "综合受理", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", null, calendar,
                null, null, null, null, null, null, null, List.of());
    }

    private static List<FieldError> errors(WindowInput in) {
        return WindowRules.check(in, "", CALENDARS).errors();
    }

    @Test
    void aValidInputIsTrimmedUpperCasedAndDefaulted() {
        WindowInput in = new WindowInput("  a12 ", " 综合受理 ", WindowType.COMPREHENSIVE, " 政务服务中心 ", "\t一楼大厅 ",
                null, "  ", null, " s-001 ", "   ", " s002 ", "t-7", " 0531-8888 ", " ts@county.gov.cn ",
                List.of(" TAX.INVOICE ", "370100-002", "TAX.INVOICE", "370100-001", "370100-002"));

        WindowRules.Checked c = WindowRules.check(in, "", CALENDARS);

        assertTrue(c.ok());
        assertEquals(List.of(), c.errors());
        assertEquals(new WindowInput("A12", "综合受理", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", 1, "hall",
                WindowState.OPEN, "S-001", null, "S002", "T-7", "0531-8888", "ts@county.gov.cn",
                List.of("370100-001", "370100-002", "TAX.INVOICE")), c.input());
    }

    @Test
    void givenFloorCalendarAndStateAreKept() {
        WindowInput in = new WindowInput("V-1", "村级代办", WindowType.ACCEPTANCE, "民政局", "便民服务站", -1,
                " village ", WindowState.PAUSED, null, null, null, null, null, null, null);

        WindowRules.Checked c = WindowRules.check(in, "", CALENDARS);

        assertEquals(List.of(), c.errors());
        assertEquals(new WindowInput("V-1", "村级代办", WindowType.ACCEPTANCE, "民政局", "便民服务站", -1, "village",
                WindowState.PAUSED, null, null, null, null, null, null, List.of()), c.input());
    }

    @Test
    void everyProblemIsReportedAtOnceWithThePrefix() {
        WindowInput in = new WindowInput(null, " ", null, null, "", 200, "night", null, "S 1", "副/主任", null, null,
                "call me", "ts@county", List.of("370100-001", " ", "bad code!"));

        WindowRules.Checked c = WindowRules.check(in, "windows[2].", CALENDARS);

        assertFalse(c.ok());
        assertEquals(List.of(
                new FieldError("windows[2].number", "required"),
                new FieldError("windows[2].name", "required"),
                new FieldError("windows[2].type", "required: ACCEPTANCE, CONSULTATION, COMPLAINT or COMPREHENSIVE"),
                new FieldError("windows[2].department", "required"),
                new FieldError("windows[2].hall", "required"),
                new FieldError("windows[2].floor", "between -5 and 100"),
                new FieldError("windows[2].calendar", "unknown calendar; one of [hall, village]"),
                new FieldError("windows[2].director", "a staff number: 1 to 20 letters, digits or dashes, starting with a letter or digit"),
                new FieldError("windows[2].deputy", "a staff number: 1 to 20 letters, digits or dashes, starting with a letter or digit"),
                new FieldError("windows[2].complaintPhone", PHONE_RULE),
                new FieldError("windows[2].complaintEmail", "an e-mail address"),
                new FieldError("windows[2].itemCodes[1]", "an item code of 1 to 40 letters, digits, '.', '_' or '-'"),
                new FieldError("windows[2].itemCodes[2]", "an item code of 1 to 40 letters, digits, '.', '_' or '-'")),
                c.errors());
    }

    @Test
    void theWordsUsedAsPathsAreNotWindowNumbersInAnyCase() {
        for (String reserved : List.of("leaves", "LEAVES", "Uncovered", "uncovered", "import", "IMPORT")) {
            assertEquals(List.of(new FieldError("number", NUMBER_RULE)), errors(input(reserved)), reserved);
        }
        assertEquals(List.of(), errors(input("leaves-1")));
        assertEquals(List.of(), errors(input("import2")));
    }

    @Test
    void aNumberHasAtMostTenCharactersAndStartsWithALetterOrDigit() {
        assertEquals(List.of(), errors(input("ABCDEFGH-J")));
        assertEquals(List.of(new FieldError("number", NUMBER_RULE)), errors(input("ABCDEFGH-JK")));
        assertEquals(List.of(new FieldError("number", NUMBER_RULE)), errors(input("-01")));
        assertEquals(List.of(new FieldError("number", NUMBER_RULE)), errors(input("12 1")));
        assertEquals(List.of(new FieldError("number", NUMBER_RULE)), errors(input("窗口1")));
        assertEquals(List.of(), errors(input("12-1")));
    }

    @Test
    void anUnknownCalendarIsRefusedNamingTheKnownOnes() {
        assertEquals(List.of(new FieldError("calendar", "unknown calendar; one of [hall, village]")),
                errors(withCalendar("Village")));
        assertEquals(List.of(new FieldError("calendar", "unknown calendar; one of [hall]")),
                WindowRules.check(withCalendar("village"), "", List.of("hall")).errors());
        assertEquals(List.of(), errors(withCalendar("village")));
    }

    @Test
    void theBPostNeedsAnotherPersonThanTheAPostIgnoringCase() {
        FieldError sameAsA = new FieldError("b", "the B post needs another person than the A post");

        assertEquals(List.of(sameAsA), errors(withPosts("S001", "S001")));
        assertEquals(List.of(sameAsA), errors(withPosts("s001", " S001 ")));
        assertEquals(List.of(), errors(withPosts("S001", "S002")));
        assertEquals(List.of(), errors(withPosts("S001", null)));
        assertEquals(List.of(), errors(withPosts(null, null)));
    }

    @Test
    void aComplaintPhoneHasThreeToThirtyDigitsSpacesAndPunctuation() {
        assertEquals(List.of(), errors(withComplaints("+86 (531) 8888-1234", null)));
        assertEquals(List.of(), errors(withComplaints("110", null)));
        assertEquals(List.of(new FieldError("complaintPhone", PHONE_RULE)), errors(withComplaints("12", null)));
        assertEquals(List.of(new FieldError("complaintPhone", PHONE_RULE)), errors(withComplaints("0531-8888 转 1",
                null)));
        assertEquals(List.of(new FieldError("complaintPhone", PHONE_RULE)),
                errors(withComplaints("1234567890123456789012345678901", null)));
    }

    @Test
    void aComplaintEmailIsAnAddress() {
        FieldError notAnAddress = new FieldError("complaintEmail", "an e-mail address");

        assertEquals(List.of(), errors(withComplaints(null, "ts@county.gov.cn")));
        assertEquals(List.of(notAnAddress), errors(withComplaints(null, "ts@county")));
        assertEquals(List.of(notAnAddress), errors(withComplaints(null, "ts county@gov.cn")));
        assertEquals(List.of(notAnAddress), errors(withComplaints(null, "ts@@county.gov.cn")));
        assertEquals(List.of(notAnAddress), errors(withComplaints(null, "a".repeat(190) + "@county.gov.cn")));
    }

    @Test
    void theFloorIsBetweenMinusFiveAndAHundred() {
        FieldError outside = new FieldError("floor", "between -5 and 100");

        assertEquals(List.of(outside), errors(withFloor(-6)));
        assertEquals(List.of(outside), errors(withFloor(101)));
        assertEquals(List.of(), errors(withFloor(-5)));
        assertEquals(List.of(), errors(withFloor(100)));
        assertEquals(1, WindowRules.check(withFloor(null), "", CALENDARS).input().floor());
    }

    @Test
    void aWindowHandlesAtMostTwoHundredDistinctItems() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            codes.add(String.format("370100-%03d", i));
        }
        WindowInput in = new WindowInput("01", "综合受理", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", null,
                null, null, null, null, null, null, null, null, codes);

        assertEquals(List.of(new FieldError("itemCodes", "at most 200 items")), errors(in));

        List<String> duplicated = new ArrayList<>(codes.subList(0, 200));
        duplicated.addAll(codes.subList(0, 50));
        assertEquals(List.of(), errors(new WindowInput("01", "综合受理", WindowType.COMPREHENSIVE, "政务服务中心",
                "一楼大厅", null, null, null, null, null, null, null, null, null, duplicated)));
    }

    @Test
    void keyTrimsAndUpperCasesAndTurnsBlankIntoNull() {
        assertEquals("A12", WindowRules.key(" a12\t"));
        assertEquals(null, WindowRules.key("   "));
        assertEquals(null, WindowRules.key(null));
    }
}
