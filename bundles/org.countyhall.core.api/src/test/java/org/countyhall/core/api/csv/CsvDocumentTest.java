package org.countyhall.core.api.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class CsvDocumentTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String STAFF = "姓名,工号\r\n张三,A001\r\n李四,A002\r\n";

    private static CsvDocument parse(String text) {
        return CsvDocument.parse(text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static FieldError error(String text) {
        return error(text.getBytes(StandardCharsets.UTF_8), null, 10);
    }

    private static FieldError error(byte[] bytes, Charset charset, int maxRows) {
        ValidationException e =
                assertThrows(ValidationException.class, () -> CsvDocument.parse(bytes, charset, maxRows));
        assertEquals(1, e.errors().size());
        return e.errors().get(0);
    }

    private static byte[] withBom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    private static List<List<String>> cells(CsvDocument doc) {
        return doc.rows().stream().map(CsvRow::cells).toList();
    }

    @Test
    void readsUtf8WithBomAndChineseHeaders() {
        CsvDocument doc = CsvDocument.parse(withBom(STAFF.getBytes(StandardCharsets.UTF_8)), null);
        assertEquals(StandardCharsets.UTF_8, doc.charset());
        assertEquals(List.of("姓名", "工号"), doc.header());
        assertEquals(List.of(List.of("张三", "A001"), List.of("李四", "A002")), cells(doc));
        assertEquals(2, doc.rows().get(0).line());
        assertEquals(3, doc.rows().get(1).line());
    }

    @Test
    void detectsUtf8WithoutBom() {
        CsvDocument doc = CsvDocument.parse(STAFF.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(StandardCharsets.UTF_8, doc.charset());
        assertEquals(List.of("姓名", "工号"), doc.header());
    }

    @Test
    void detectsGbkWithoutBomAndDecodesTheSameCells() {
        CsvDocument utf8 = CsvDocument.parse(withBom(STAFF.getBytes(StandardCharsets.UTF_8)), null);
        CsvDocument gbk = CsvDocument.parse(STAFF.getBytes(GBK), null);
        assertEquals(GBK, gbk.charset());
        assertEquals(List.of("姓名", "工号"), gbk.header());
        assertEquals(cells(utf8), cells(gbk));
        assertEquals(List.of(List.of("张三", "A001"), List.of("李四", "A002")), cells(gbk));
    }

    @Test
    void usesAnExplicitCharsetAndStripsABom() {
        CsvDocument gbk = CsvDocument.parse(STAFF.getBytes(GBK), GBK);
        assertEquals(GBK, gbk.charset());
        assertEquals(List.of("张三", "A001"), gbk.rows().get(0).cells());

        CsvDocument utf8 = CsvDocument.parse(withBom(STAFF.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, utf8.charset());
        assertEquals(List.of("姓名", "工号"), utf8.header());
    }

    @Test
    void refusesGbkBytesDeclaredAsUtf8() {
        FieldError e = error(STAFF.getBytes(GBK), StandardCharsets.UTF_8, 10);
        assertEquals("(file)", e.field());
        assertEquals("not valid UTF-8 text", e.message());
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorGbk() {
        FieldError e = error(new byte[] {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFF}, null, 10);
        assertEquals("(file)", e.field());
        assertTrue(e.message().startsWith("neither UTF-8 nor GBK"), e.message());
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndNewlines() {
        CsvDocument doc = parse("name,note\n"
                + "\"Wang, Wu\",\"say \"\"hi\"\"\"\n"
                + "  \"  padded  \"  ,\"two\nlines\"\n"
                + "next, plain  \n");
        assertEquals(List.of(
                List.of("Wang, Wu", "say \"hi\""),
                List.of("  padded  ", "two\nlines"),
                List.of("next", "plain")), cells(doc));
        assertEquals(List.of(2, 3, 5), doc.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void keepsACrLfInsideQuotesAndCountsItAsOneLine() {
        CsvDocument doc = parse("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n");
        assertEquals(List.of(List.of("1", "x\r\ny"), List.of("2", "z")), cells(doc));
        assertEquals(List.of(2, 4), doc.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void acceptsCrLfLfAndCrLineEndings() {
        List<List<String>> expected = List.of(List.of("1", "2"), List.of("3", "4"));
        for (String eol : List.of("\r\n", "\n", "\r")) {
            CsvDocument doc = parse("a,b" + eol + "1,2" + eol + "3,4" + eol);
            assertEquals(List.of("a", "b"), doc.header(), eol);
            assertEquals(expected, cells(doc), eol);
            assertEquals(List.of(2, 3), doc.rows().stream().map(CsvRow::line).toList());
        }
        CsvDocument mixed = parse("a,b\r1,2\n3,4\r\n5,6");
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4"), List.of("5", "6")), cells(mixed));
        assertEquals(List.of(2, 3, 4), mixed.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void skipsBlankLinesButKeepsTheirLineNumbers() {
        CsvDocument doc = parse("\n  \n姓名,工号\n\n,,\n张三,A001\n \t, \n李四,A002\n\n");
        assertEquals(List.of("姓名", "工号"), doc.header());
        assertEquals(List.of(List.of("张三", "A001"), List.of("李四", "A002")), cells(doc));
        assertEquals(List.of(6, 8), doc.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void namesTheLineWhereAnUnterminatedQuoteStarted() {
        FieldError e = error("a,b\n1,2\n\n3,\"open\nstill open\n");
        assertEquals("line[4]", e.field());
        assertEquals("unterminated quoted field", e.message());
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        FieldError e = error("a,b\n\"x\"y,2\n");
        assertEquals("line[2]", e.field());
        assertEquals("unexpected text after a closing quote", e.message());
    }

    @Test
    void refusesDuplicateHeadersIgnoringCaseAndSpaces() {
        FieldError e = error("Name,工号, name \nx,y,z\n");
        assertEquals(new FieldError("header", "column 3 has the same name as column 1"), e);
    }

    @Test
    void allowsSeveralBlankHeadersAsExcelPadsThem() {
        CsvDocument doc = parse("姓名,工号,,\n张三,A001,,\n");
        assertEquals(List.of("姓名", "工号", "", ""), doc.header());
        assertEquals(List.of(), doc.unknownColumns(Set.of("姓名", "工号")));
    }

    @Test
    void refusesAnEmptyFile() {
        for (String text : List.of("", "\n\n", " ,\r\n,,\r\n")) {
            FieldError e = error(text);
            assertEquals(new FieldError("(file)", "empty file: a header line is required"), e);
        }
        assertEquals(new FieldError("(file)", "empty file: a header line is required"),
                error(withBom(new byte[0]), null, 10));
    }

    @Test
    void acceptsAHeaderWithoutRows() {
        CsvDocument doc = parse("姓名,工号");
        assertEquals(List.of("姓名", "工号"), doc.header());
        assertEquals(List.of(), doc.rows());
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        byte[] three = "a\n1\n2\n\n3\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(new FieldError("(file)", "more than 2 rows"), error(three, null, 2));
        assertEquals(3, CsvDocument.parse(three, null, 3).rows().size());
        assertEquals(10_000, CsvDocument.DEFAULT_MAX_ROWS);

        StringBuilder many = new StringBuilder("a\n");
        for (int i = 0; i <= CsvDocument.DEFAULT_MAX_ROWS; i++) {
            many.append(i).append('\n');
        }
        ValidationException e = assertThrows(ValidationException.class, () -> parse(many.toString()));
        assertEquals(new FieldError("(file)", "more than 10000 rows"), e.errors().get(0));
    }

    @Test
    void findsColumnsByAliasesIgnoringCase() {
        CsvDocument doc = parse(" Staff No ,姓名,Phone\nA001,张三,123\n");
        assertEquals(List.of("Staff No", "姓名", "Phone"), doc.header());
        assertEquals(OptionalInt.of(1), doc.column("name", "姓名"));
        assertEquals(OptionalInt.of(0), doc.column("工号", " staff no "));
        assertEquals(OptionalInt.of(2), doc.column("PHONE"));
        assertEquals(OptionalInt.empty(), doc.column("email", "邮箱"));
        // the first matching header wins, not the first alias
        assertEquals(OptionalInt.of(0), doc.column("phone", "staff no"));
    }

    @Test
    void listsUnknownColumnsAsWritten() {
        CsvDocument doc = parse("姓名,工号,Remark,Email\n");
        assertEquals(List.of("Remark"), doc.unknownColumns(Set.of("姓名", "工号", "email")));
    }

    @Test
    void getsCellsAndEmptyBeyondTheRow() {
        CsvDocument doc = parse("a,b,c\n1,2\n4,5,6,7\n");
        CsvRow shortRow = doc.rows().get(0);
        assertEquals(2, shortRow.size());
        assertEquals("2", shortRow.get(1));
        assertEquals("", shortRow.get(2));
        assertEquals("", shortRow.get(99));
        CsvRow longRow = doc.rows().get(1);
        assertEquals(4, longRow.size());
        assertEquals("7", longRow.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> shortRow.get(-1));
    }

    @Test
    void headerErrorsNameUnknownAndMissingColumnsWithTheirChineseName() {
        CsvDocument doc = parse("姓名,shoe size\r\n张三,44\r\n");
        String[] number = {"number", "工号"};
        String[] name = {"name", "姓名"};
        assertEquals(List.of(new FieldError("header", "column 2 is not a known column; known: number, name"),
                new FieldError("header", "missing column number (or 工号)")),
                doc.headerErrors(List.of(number, name), List.of(number, name)));
    }

    @Test
    void headerErrorsNeverQuoteTheFirstLineOfAFileThatIsNoImport() {
        // the attack: an import of data/countyhall/initial-admin-password, whose one line is the password
        CsvDocument doc = parse("Xk3-secret-Password-9\n");
        List<FieldError> errors = doc.headerErrors(List.<String[]>of(new String[] {"number", "工号"}),
                List.<String[]>of(new String[] {"number", "工号"}));
        assertEquals(List.of(new FieldError("header", "column 1 is not a known column; known: number"),
                new FieldError("header", "missing column number (or 工号)")), errors);
        ValidationException dup = assertThrows(ValidationException.class, () -> parse("Secret-1,secret-1\n"));
        assertFalse(dup.getMessage().toLowerCase().contains("secret"), dup.getMessage());
    }

    @Test
    void aRowWiderThanTheHeaderIsReportedOnItsLine() {
        CsvDocument doc = parse("a,b\n1,2\n\n1,2,3\n");
        assertEquals(Optional.empty(), doc.tooWide(doc.rows().get(0)));
        assertEquals(Optional.of(new FieldError("line[4]", "3 cells, but the header has 2")),
                doc.tooWide(doc.rows().get(1)));
        assertEquals("line[4].b", doc.rows().get(1).field("b"));
    }

    @Test
    void aKeyGivenTwiceIsReportedOnTheSecondLineNamingTheFirstWhateverItsCase() {
        CsvDocument doc = parse("number\nS001\nS002\ns001\n");
        CsvKeys keys = new CsvKeys();
        List<CsvRow> rows = doc.rows();
        assertEquals(Optional.empty(), keys.check(rows.get(0), "number", "staff number", "S001"));
        assertEquals(Optional.empty(), keys.check(rows.get(1), "number", "staff number", "S002"));
        assertEquals(Optional.of(new FieldError("line[4].number", "staff number s001 also on line 2")),
                keys.check(rows.get(2), "number", "staff number", "s001"));
    }
}
