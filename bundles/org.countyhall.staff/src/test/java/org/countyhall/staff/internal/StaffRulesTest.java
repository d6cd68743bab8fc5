package org.countyhall.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.countyhall.core.api.error.FieldError;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffInput;
import org.junit.jupiter.api.Test;

/** What {@link StaffRules} accepts, how it normalises a record, and how it reports every problem at once. */
class StaffRulesTest {

    private static final String NUMBER_RULE = "1 to 20 letters, digits or dashes, starting with a letter or digit";
    private static final String CODE_RULE = "an item code of 1 to 40 letters, digits, '.', '_' or '-'";

    private static StaffInput input(String number, String name, List<String> qualifications) {
        return new StaffInput(number, name, "综合受理窗口", Building.OTHER, null, qualifications);
    }

    private static List<FieldError> errors(StaffInput in) {
        return StaffRules.check(in, "").errors();
    }

    private static List<String> codes(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(String.format("370100-%03d", i));
        }
        return codes;
    }

    @Test
    void aValidInputIsTrimmedDefaultedToTheMainBuildingAndItsQualificationsSortedWithoutDuplicates() {
        StaffInput in = new StaffInput("  S001 ", " 张三 ", "\t综合受理窗口  ", null, "  科员 ",
                List.of(" TAX.INVOICE ", "370100-001", "TAX.INVOICE", "370100-001"));

        StaffRules.Checked c = StaffRules.check(in, "");

        assertTrue(c.ok());
        assertEquals(List.of(), c.errors());
        assertEquals(new StaffInput("S001", "张三", "综合受理窗口", Building.MAIN, "科员",
                List.of("370100-001", "TAX.INVOICE")), c.input());
    }

    @Test
    void aGivenBuildingIsKeptABlankPositionBecomesNullAndTheNumberIsUpperCased() {
        StaffInput in = new StaffInput("a-1", "Li Si", "Tax", Building.OTHER, "   ", null);

        StaffRules.Checked c = StaffRules.check(in, "");

        assertTrue(c.ok());
        assertEquals(new StaffInput("A-1", "Li Si", "Tax", Building.OTHER, null, List.of()), c.input());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceWithThePrefix() {
        StaffInput in = new StaffInput("a/b", "  ", "窗口\u0007", null, "x".repeat(51),
                List.of("OK-1", "bad code", "", "-LEADING"));

        StaffRules.Checked c = StaffRules.check(in, "line[7].");

        assertFalse(c.ok());
        assertEquals(List.of(
                new FieldError("line[7].number", NUMBER_RULE),
                new FieldError("line[7].name", "required"),
                new FieldError("line[7].department", "must not contain control characters"),
                new FieldError("line[7].position", "at most 50 characters"),
                new FieldError("line[7].qualifications[1]", CODE_RULE),
                new FieldError("line[7].qualifications[2]", CODE_RULE),
                new FieldError("line[7].qualifications[3]", CODE_RULE)), c.errors());
        assertEquals(List.of("OK-1"), c.input().qualifications());
    }

    @Test
    void missingNumberNameAndDepartmentAreRequired() {
        StaffInput in = new StaffInput(null, null, " ", null, null, List.of());

        assertEquals(List.of(
                new FieldError("number", "required"),
                new FieldError("name", "required"),
                new FieldError("department", "required")), errors(in));
    }

    @Test
    void aNumberOfTwentyCharactersIsAcceptedAndOneOfTwentyOneIsRefused() {
        String twenty = "S-" + "0".repeat(18);
        assertEquals(20, twenty.length());
        assertEquals(List.of(), errors(input(twenty, "张三", List.of())));

        String tooLong = twenty + "1";
        assertEquals(List.of(new FieldError("number", NUMBER_RULE)), errors(input(tooLong, "张三", List.of())));
    }

    @Test
    void aNumberWithASlashOrStartingWithADashIsRefused() {
        assertEquals(List.of(new FieldError("number", NUMBER_RULE)), errors(input("a/b", "张三", List.of())));
        assertEquals(List.of(new FieldError("number", NUMBER_RULE)), errors(input("-001", "张三", List.of())));
        assertEquals(List.of(new FieldError("number", NUMBER_RULE)), errors(input("S 001", "张三", List.of())));
    }

    @Test
    void aNameOfFiftyChineseCharactersIsAcceptedAndOneOfFiftyOneCodePointsIsRefused() {
        assertEquals(List.of(), errors(input("S001", "张".repeat(50), List.of())));
        // 50 characters outside the BMP are 100 UTF-16 chars but still 50 code points
        assertEquals(List.of(), errors(input("S001", "\uD840\uDC00".repeat(50), List.of())));

        assertEquals(List.of(new FieldError("name", "at most 50 characters")),
                errors(input("S001", "张".repeat(51), List.of())));
        assertEquals(List.of(new FieldError("name", "at most 50 characters")),
                errors(input("S001", "\uD840\uDC00".repeat(51), List.of())));
    }

    @Test
    void controlCharactersInsideAFieldAreRefusedButSurroundingWhitespaceIsTrimmed() {
        assertEquals(List.of(new FieldError("name", "must not contain control characters")),
                errors(input("S001", "张\t三", List.of())));
        assertEquals(List.of(new FieldError("name", "must not contain control characters")),
                errors(input("S001", "张\n三", List.of())));
        assertEquals(List.of(new FieldError("name", "must not contain control characters")),
                errors(input("S001", "张\u0085三", List.of())));

        StaffRules.Checked c = StaffRules.check(input("S001", "\t张三\r\n", List.of()), "");
        assertEquals(List.of(), c.errors());
        assertEquals("张三", c.input().name());
    }

    @Test
    void aBadItemCodeIsReportedAtItsIndex() {
        List<String> codes = List.of("370100-001", "370100/002", "TAX.INVOICE", "x".repeat(41));

        assertEquals(List.of(
                new FieldError("qualifications[1]", CODE_RULE),
                new FieldError("qualifications[3]", CODE_RULE)), errors(input("S001", "张三", codes)));
        assertEquals(List.of(), errors(input("S001", "张三", List.of("x".repeat(40)))));
    }

    @Test
    void twoHundredQualificationsAreAcceptedAndTwoHundredAndOneAreRefused() {
        StaffRules.Checked ok = StaffRules.check(input("S001", "张三", codes(200)), "line[3].");
        assertEquals(List.of(), ok.errors());
        assertEquals(200, ok.input().qualifications().size());

        assertEquals(List.of(new FieldError("line[3].qualifications", "at most 200 items")),
                StaffRules.check(input("S001", "张三", codes(201)), "line[3].").errors());
    }

    @Test
    void duplicateQualificationsCountOnceTowardsTheLimit() {
        List<String> codes = new ArrayList<>(codes(200));
        codes.addAll(codes(200));

        StaffRules.Checked c = StaffRules.check(input("S001", "张三", codes), "");

        assertEquals(List.of(), c.errors());
        assertEquals(codes(200), c.input().qualifications());
    }
}
