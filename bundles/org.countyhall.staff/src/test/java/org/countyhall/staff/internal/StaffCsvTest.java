package org.countyhall.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.api.StaffRole;
import org.countyhall.staff.internal.StaffCsv.Line;
import org.countyhall.staff.internal.StaffCsv.Parsed;
import org.junit.jupiter.api.Test;

/** How {@link StaffCsv} turns an Excel CSV into staff inputs and names each problem by file line and column. */
class StaffCsvTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String HEADER = "number,name,department,building,position,qualifications\r\n";

    private static Parsed parse(String text) {
        return StaffCsv.parse(text.getBytes(StandardCharsets.UTF_8), null, 100);
    }

    private static StaffInput staff(String number, String name, String department, Building building,
            String position, String... qualifications) {
        return new StaffInput(number, name, department, building, position, List.of(qualifications));
    }

    @Test
    void gbkWithChineseHeadersIsDetectedAndParsedIntoInputs() {
        String csv = "工号,姓名,部门,楼栋,职务,可办事项\r\n"
                + "S001,张三,综合受理窗口,主楼,科员,370100-002;370100-001\r\n"
                + "S002,李四,不动产登记,其他,,\r\n";

        Parsed p = StaffCsv.parse(csv.getBytes(GBK), null, 100);

        assertEquals(GBK, p.charset());
        assertEquals("GBK", p.charset().name());
        assertEquals(2, p.rows());
        assertEquals(List.of(), p.errors());
        assertEquals(List.of(
                new Line(2, staff("S001", "张三", "综合受理窗口", Building.MAIN, "科员", "370100-001", "370100-002")),
                new Line(3, staff("S002", "李四", "不动产登记", Building.OTHER, null))), p.lines());
    }

    @Test
    void utf8WithEnglishHeadersInAnyCaseAndColumnOrderIsParsed() {
        String csv = "Department,Name,Staff Number,Qualifications\n"
                + "Tax,Wang Wu,T-7,TAX.INVOICE\n";

        Parsed p = parse(csv);

        assertEquals(StandardCharsets.UTF_8, p.charset());
        assertEquals(1, p.rows());
        assertEquals(List.of(), p.errors());
        assertEquals(List.of(new Line(2, staff("T-7", "Wang Wu", "Tax", Building.MAIN, null, "TAX.INVOICE"))),
                p.lines());
    }

    @Test
    void anExplicitCharsetIsUsedAndReported() {
        String csv = "工号,姓名,部门\r\nS001,张三,综合受理窗口\r\n";

        Parsed p = StaffCsv.parse(csv.getBytes(GBK), GBK, 100);

        assertEquals(GBK, p.charset());
        assertEquals(List.of(new Line(2, staff("S001", "张三", "综合受理窗口", Building.MAIN, null))), p.lines());
    }

    @Test
    void buildingsAreReadInChineseOrEnglishAndEmptyMeansMain() {
        String csv = HEADER
                + "S1,甲,窗口,主楼,,\r\n"
                + "S2,乙,窗口,其他,,\r\n"
                + "S3,丙,窗口,MAIN,,\r\n"
                + "S4,丁,窗口,other,,\r\n"
                + "S5,戊,窗口,,,\r\n"
                + "S6,己,窗口, 其它 ,,\r\n";

        Parsed p = parse(csv);

        assertEquals(List.of(), p.errors());
        assertEquals(List.of(Building.MAIN, Building.OTHER, Building.MAIN, Building.OTHER, Building.MAIN,
                Building.OTHER), p.lines().stream().map(l -> l.input().building()).toList());
    }

    @Test
    void anUnknownBuildingIsAnErrorOfThatLineAndTheRowIsLeftOut() {
        String csv = HEADER
                + "S1,甲,窗口,主楼,,\r\n"
                + "S2,乙,窗口,东楼,,\r\n";

        Parsed p = parse(csv);

        assertEquals(2, p.rows());
        assertEquals(List.of(new FieldError("line[3].building", "MAIN (主楼) or OTHER (其他)")), p.errors());
        assertEquals(List.of("S1"), p.lines().stream().map(l -> l.input().number()).toList());
    }

    @Test
    void qualificationsMayBeSeparatedBySemicolonsEnumerationCommasBarsAndSpaces() {
        String csv = HEADER
                + "S1,甲,窗口,,,A-1;B-2\r\n"
                + "S2,乙,窗口,,,C-3、A-1\r\n"
                + "S3,丙,窗口,,,D-4|C-3\r\n"
                + "S4,丁,窗口,,,E-5  A-1\tB-2\r\n"
                + "S5,戊,窗口,,,\" F-6 ; A-1 | C-3、 \"\r\n";

        Parsed p = parse(csv);

        assertEquals(List.of(), p.errors());
        assertEquals(List.of(
                List.of("A-1", "B-2"),
                List.of("A-1", "C-3"),
                List.of("C-3", "D-4"),
                List.of("A-1", "B-2", "E-5"),
                List.of("A-1", "C-3", "F-6")), p.lines().stream().map(l -> l.input().qualifications()).toList());
    }

    @Test
    void aBadItemCodeIsNamedByLineAndIndex() {
        Parsed p = parse(HEADER + "S1,甲,窗口,,,A-1;B/2\r\n");

        assertEquals(List.of(new FieldError("line[2].qualifications[1]",
                "an item code of 1 to 40 letters, digits, '.', '_' or '-'")), p.errors());
        assertEquals(List.of(), p.lines());
    }

    @Test
    void anUnknownColumnIsAHeaderErrorAndNoLineIsRead() {
        String csv = "number,name,department,remark\r\nS1,甲,窗口,x\r\nS2,乙,窗口,y\r\n";

        Parsed p = parse(csv);

        assertEquals(1, p.errors().size());
        assertEquals("header", p.errors().get(0).field());
        assertTrue(p.errors().get(0).message().startsWith("column 4 is not a known column; known: number, "),
                p.errors().get(0).message());
        assertFalse(p.errors().get(0).message().contains("remark"), "the cell's text is not echoed");
        assertEquals(2, p.rows());
        assertEquals(List.of(), p.lines());
    }

    @Test
    void aFileWithoutANameColumnIsAHeaderErrorNotACrash() {
        Parsed p = parse("number,department\r\nS001,税务局\r\n");

        assertEquals(List.of(new FieldError("header", "missing column name (or 姓名)")), p.errors());
        assertEquals(List.of(), p.lines());
    }

    @Test
    void missingRequiredColumnsAreHeaderErrorsAndNoLineIsRead() {
        String csv = "姓名,职务\r\n张三,科员\r\n";

        Parsed p = parse(csv);

        assertEquals(List.of(
                new FieldError("header", "missing column number (or 工号)"),
                new FieldError("header", "missing column department (or 部门)")), p.errors());
        assertEquals(1, p.rows());
        assertEquals(List.of(), p.lines());
    }

    @Test
    void blankHeaderCellsAsExcelPadsThemAreNotUnknownColumns() {
        Parsed p = parse("number,name,department,,\r\nS1,甲,窗口,,\r\n");

        assertEquals(List.of(), p.errors());
        assertEquals(List.of(new Line(2, staff("S1", "甲", "窗口", Building.MAIN, null))), p.lines());
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsAnErrorOfThatLine() {
        String csv = "number,name,department\r\nS1,甲,窗口\r\nS2,乙,窗口,多余\r\nS3,丙\r\n";

        Parsed p = parse(csv);

        assertEquals(List.of(
                new FieldError("line[3]", "4 cells, but the header has 3"),
                new FieldError("line[4].department", "required")), p.errors());
        assertEquals(List.of(new Line(2, staff("S1", "甲", "窗口", Building.MAIN, null))), p.lines());
    }

    @Test
    void aDuplicateStaffNumberIsReportedOnTheSecondLineNamingTheFirst() {
        String csv = "number,name,department\r\nS001,甲,窗口\r\nS002,乙,窗口\r\ns001,丙,窗口\r\n";

        Parsed p = parse(csv);

        assertEquals(List.of(new FieldError("line[4].number", "staff number S001 also on line 2")), p.errors());
        assertEquals(List.of(2, 3), p.lines().stream().map(Line::line).toList());
    }

    @Test
    void aDuplicateStaffNumberIsReportedEvenWhenTheFirstRowHasAnotherError() {
        String csv = "number,name,department\r\nS001,甲,\r\nS001,乙,窗口\r\n";

        Parsed p = parse(csv);

        assertEquals(List.of(
                new FieldError("line[2].department", "required"),
                new FieldError("line[3].number", "staff number S001 also on line 2")), p.errors());
        assertEquals(List.of(), p.lines());
    }

    @Test
    void lineNumbersCountBlankLinesAndNewlinesInsideQuotedCells() {
        String csv = "number,name,department\r\n"
                + "\r\n"
                + "S001,甲,窗口\r\n"
                + "S002,乙,\"综合\r\n受理\"\r\n"
                + "\r\n"
                + "S003,丙,\r\n";

        Parsed p = parse(csv);

        assertEquals(3, p.rows());
        assertEquals(List.of(
                new FieldError("line[4].department", "must not contain control characters"),
                new FieldError("line[7].department", "required")), p.errors());
        assertEquals(List.of(new Line(3, staff("S001", "甲", "窗口", Building.MAIN, null))), p.lines());
    }

    @Test
    void moreRowsThanAllowedRefuseTheWholeFile() {
        String csv = "number,name,department\r\nS1,甲,窗口\r\nS2,乙,窗口\r\nS3,丙,窗口\r\n";

        ValidationException e = assertThrows(ValidationException.class,
                () -> StaffCsv.parse(csv.getBytes(StandardCharsets.UTF_8), null, 2));

        assertEquals(List.of(new FieldError("(file)", "more than 2 rows")), e.errors());
    }

    @Test
    void aRolesColumnTakesConstantsOrChineseNamesAndWithoutItRolesAreLeftAlone() {
        Parsed with = StaffCsv.parse(("工号,姓名,部门,角色\r\nS001,张三,政务服务中心,窗口工作人员、window_manager\r\n"
                + "S002,李四,政务服务中心,保安\r\n").getBytes(StandardCharsets.UTF_8), null, 10);
        Parsed without = StaffCsv.parse("工号,姓名,部门\r\nS001,张三,政务服务中心\r\n".getBytes(StandardCharsets.UTF_8),
                null, 10);

        assertEquals(List.of(StaffRole.WINDOW_STAFF, StaffRole.WINDOW_MANAGER), with.lines().get(0).input().roles());
        assertEquals(List.of(new FieldError("line[3].roles", StaffRules.ROLE_RULE)), with.errors());
        assertEquals(null, without.lines().get(0).input().roles());
    }

    @Test
    void aPhoneColumnIsCheckedAsRestChecksItAndWithoutItPhonesAreLeftAlone() {
        Parsed with = StaffCsv.parse(("工号,姓名,部门,联系电话\r\nS001,张三,政务服务中心,138 1234 5678\r\n"
                + "S002,李四,政务服务中心,0571-88886666\r\nS003,王五,政务服务中心,\r\nS004,赵六,政务服务中心,12345\r\n")
                .getBytes(StandardCharsets.UTF_8), null, 10);
        Parsed without = StaffCsv.parse("工号,姓名,部门\r\nS001,张三,政务服务中心\r\n".getBytes(StandardCharsets.UTF_8),
                null, 10);

        assertEquals(List.of("13812345678", "0571-88886666", ""),
                with.lines().stream().map(l -> l.input().phone()).toList()); // "" removes a stored phone
        assertEquals(List.of(new FieldError("line[5].phone", org.countyhall.core.api.error.FieldChecks.PHONE_RULE)),
                with.errors());
        assertEquals(null, without.lines().get(0).input().phone());
    }
}
