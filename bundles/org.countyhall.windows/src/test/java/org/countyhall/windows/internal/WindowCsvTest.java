package org.countyhall.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.countyhall.core.api.error.FieldError;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.api.WindowType;
import org.countyhall.windows.internal.WindowCsv.Line;
import org.countyhall.windows.internal.WindowCsv.Parsed;
import org.junit.jupiter.api.Test;

/** How {@link WindowCsv} turns an Excel CSV into window inputs and names each problem by file line and column. */
class WindowCsvTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final List<String> CALENDARS = List.of("hall", "village");
    private static final String HEADER = "窗口号,名称,类型,派驻单位,大厅,楼层,A角,B角,事项\r\n";
    private static final String TYPE_RULE = "ACCEPTANCE (受理), CONSULTATION (咨询), COMPLAINT (投诉) or"
            + " COMPREHENSIVE (综合)";

    private static Parsed parse(String text) {
        return WindowCsv.parse(text.getBytes(StandardCharsets.UTF_8), null, 100, CALENDARS);
    }

    private static List<String> numbers(Parsed p) {
        return p.lines().stream().map(l -> l.input().number()).toList();
    }

    @Test
    void gbkWithChineseHeadersAndValuesIsDetectedAndParsedIntoNormalisedInputs() {
        String csv = "窗口号,名称,类型,派驻单位,大厅,楼层,A角,B角,事项,状态\r\n"
                + "a01,综合受理窗口,综合,政务服务中心,一楼大厅,1,s001,s002,370100-002、370100-001,开放\r\n"
                + "02,不动产咨询,咨询,不动产登记中心,二楼大厅,2,S003,,REAL.ESTATE,暂停\r\n"
                + "03,投诉窗口,投诉,督查室,一楼大厅,,,,,关闭\r\n"
                + "04,税务受理,受理,税务局,一楼大厅,-1,S005,S006,TAX.INVOICE;TAX.REFUND,\r\n";

        Parsed p = WindowCsv.parse(csv.getBytes(GBK), null, 100, CALENDARS);

        assertEquals(GBK, p.charset());
        assertEquals("GBK", p.charset().name());
        assertEquals(4, p.rows());
        assertEquals(List.of(), p.errors());
        assertEquals(List.of(
                new Line(2, new WindowInput("A01", "综合受理窗口", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", 1,
                        "hall", WindowState.OPEN, null, null, "S001", "S002", null, null,
                        List.of("370100-001", "370100-002"))),
                new Line(3, new WindowInput("02", "不动产咨询", WindowType.CONSULTATION, "不动产登记中心", "二楼大厅", 2,
                        "hall", WindowState.PAUSED, null, null, "S003", null, null, null, List.of("REAL.ESTATE"))),
                new Line(4, new WindowInput("03", "投诉窗口", WindowType.COMPLAINT, "督查室", "一楼大厅", 1, "hall",
                        WindowState.CLOSED, null, null, null, null, null, null, List.of())),
                new Line(5, new WindowInput("04", "税务受理", WindowType.ACCEPTANCE, "税务局", "一楼大厅", -1, "hall",
                        WindowState.OPEN, null, null, "S005", "S006", null, null,
                        List.of("TAX.INVOICE", "TAX.REFUND")))), p.lines());
    }

    @Test
    void englishHeadersAndValuesInAnyCaseAndEveryOptionalColumnAreRead() {
        String csv = "Number,Name,Type,Department,Hall,Floor,Calendar,State,Director,Deputy,A,B,"
                + "Complaint Phone,Complaint Email,Items\n"
                + "V-1,Village desk,acceptance,Civil Affairs,Station,1,village,Paused,D1,D2,A1,B1,0531-8888,"
                + "ts@county.gov.cn,C-1 C-2\n";

        Parsed p = parse(csv);

        assertEquals(StandardCharsets.UTF_8, p.charset());
        assertEquals(List.of(), p.errors());
        assertEquals(List.of(new Line(2, new WindowInput("V-1", "Village desk", WindowType.ACCEPTANCE, "Civil Affairs",
                "Station", 1, "village", WindowState.PAUSED, "D1", "D2", "A1", "B1", "0531-8888", "ts@county.gov.cn",
                List.of("C-1", "C-2")))), p.lines());
    }

    @Test
    void aBadTypeAndABadFloorAreReportedByLineAndFieldAndTheirRowsLeftOut() {
        String csv = HEADER
                + "01,综合受理窗口,综合,政务服务中心,一楼大厅,1,S001,S002,\r\n"
                + "02,咨询窗口,窗口,政务服务中心,一楼大厅,1,S003,S004,\r\n"
                + "03,投诉窗口,投诉,督查室,一楼大厅,二,S005,S006,\r\n"
                + "04,税务窗口,受理,税务局,一楼大厅,101,S007,S008,\r\n";

        Parsed p = parse(csv);

        assertEquals(4, p.rows());
        assertEquals(List.of(
                new FieldError("line[3].type", TYPE_RULE),
                new FieldError("line[4].floor", "a whole number"),
                new FieldError("line[5].floor", "between -5 and 100")), p.errors());
        assertEquals(List.of("01"), numbers(p));
    }

    @Test
    void aBlankTypeIsRequiredAndABadStateIsNamed() {
        String csv = "number,name,type,department,hall,state\n"
                + "01,综合受理窗口,,政务服务中心,一楼大厅,开放\n"
                + "02,咨询窗口,咨询,政务服务中心,一楼大厅,休息\n";

        Parsed p = parse(csv);

        assertEquals(List.of(
                new FieldError("line[2].type", "required: ACCEPTANCE, CONSULTATION, COMPLAINT or COMPREHENSIVE"),
                new FieldError("line[3].state", "OPEN (开放), PAUSED (暂停) or CLOSED (关闭)")), p.errors());
        assertEquals(List.of(), p.lines());
    }

    @Test
    void missingRequiredColumnsAreHeaderErrorsAndNoRowIsRead() {
        String csv = "窗口号,名称,楼层\r\n"
                + "01,综合受理窗口,1\r\n";

        Parsed p = parse(csv);

        assertEquals(1, p.rows());
        assertEquals(List.of(
                new FieldError("header", "missing column type (or 类型)"),
                new FieldError("header", "missing column department (or 部门)"),
                new FieldError("header", "missing column hall (or 大厅)")), p.errors());
        assertEquals(List.of(), p.lines());
    }

    @Test
    void anUnknownColumnIsAHeaderError() {
        String csv = "窗口号,名称,类型,派驻单位,大厅,备注\r\n"
                + "01,综合受理窗口,综合,政务服务中心,一楼大厅,x\r\n";

        Parsed p = parse(csv);

        assertEquals(1, p.errors().size());
        assertEquals("header", p.errors().get(0).field());
        assertTrue(p.errors().get(0).message().startsWith("column 6 is not a known column; known: number, "),
                p.errors().get(0).message());
        assertFalse(p.errors().get(0).message().contains("备注"), "the cell's text is not echoed");
        assertEquals(List.of(), p.lines());
    }

    @Test
    void aDuplicateNumberInAnyCaseNamesTheFirstLine() {
        String csv = HEADER
                + "a12,综合受理窗口,综合,政务服务中心,一楼大厅,1,S001,S002,\r\n"
                + "\r\n"
                + "A12,咨询窗口,咨询,政务服务中心,一楼大厅,1,S003,S004,\r\n";

        Parsed p = parse(csv);

        assertEquals(2, p.rows());
        assertEquals(List.of(new FieldError("line[4].number", "window A12 also on line 2")), p.errors());
        assertEquals(List.of(2), p.lines().stream().map(Line::line).toList());
    }

    @Test
    void rulesProblemsCarryTheLinePrefix() {
        String csv = HEADER
                + "leaves,综合受理窗口,综合,政务服务中心,一楼大厅,1,S001,s001,\r\n"
                + "02,咨询窗口,咨询,,一楼大厅,1,S003,S004,bad code!\r\n";

        Parsed p = parse(csv);

        assertEquals(List.of(
                new FieldError("line[2].number", "1 to 10 letters, digits or dashes, starting with a letter or digit"
                        + " (not import/leaves/uncovered)"),
                new FieldError("line[2].b", "the B post needs another person than the A post"),
                new FieldError("line[3].department", "required"),
                new FieldError("line[3].itemCodes[1]", "an item code of 1 to 40 letters, digits, '.', '_' or '-'")),
                p.errors());
        assertEquals(List.of(), p.lines());
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsAnErrorOfThatLine() {
        String csv = "number,name,type,department,hall\n"
                + "01,综合受理窗口,综合,政务服务中心,一楼大厅,extra\n"
                + "02,咨询窗口,咨询,政务服务中心,一楼大厅\n";

        Parsed p = parse(csv);

        assertEquals(List.of(new FieldError("line[2]", "6 cells, but the header has 5")), p.errors());
        assertEquals(List.of("02"), numbers(p));
    }
}
