package org.countyhall.staff.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.countyhall.core.api.csv.CsvDocument;
import org.countyhall.core.api.csv.CsvRow;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffInput;

/**
 * Reads a staff CSV into validated inputs, with every problem named by file line and column
 * ({@code line[7].department}) so an office clerk finds it in Excel. Headers may be English or Chinese.
 */
public final class StaffCsv {

    static final String[] NUMBER = {"number", "工号", "编号", "staff number"};
    static final String[] NAME = {"name", "姓名"};
    static final String[] DEPARTMENT = {"department", "部门", "派驻单位"};
    static final String[] BUILDING = {"building", "楼栋", "办公地点"};
    static final String[] POSITION = {"position", "职务", "岗位"};
    static final String[] QUALIFICATIONS = {"qualifications", "资格", "可办事项"};

    private StaffCsv() {
    }

    /** The rows as inputs (with the line each came from) and the problems; rows with problems are left out. */
    public record Parsed(Charset charset, int rows, List<Line> lines, List<FieldError> errors) {
    }

    /** One valid row. */
    public record Line(int line, StaffInput input) {
    }

    public static Parsed parse(byte[] bytes, Charset charset, int maxRows) {
        CsvDocument doc = CsvDocument.parse(bytes, charset, maxRows);
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = Stream.of(NUMBER, NAME, DEPARTMENT, BUILDING, POSITION, QUALIFICATIONS)
                .flatMap(Arrays::stream).map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        doc.unknownColumns(known).forEach(c -> errors.add(new FieldError("header", "unknown column " + c)));
        OptionalInt number = required(doc, NUMBER, errors);
        OptionalInt name = required(doc, NAME, errors);
        OptionalInt department = required(doc, DEPARTMENT, errors);
        OptionalInt building = doc.column(BUILDING);
        OptionalInt position = doc.column(POSITION);
        OptionalInt qualifications = doc.column(QUALIFICATIONS);
        if (!errors.isEmpty()) {
            return new Parsed(doc.charset(), doc.rows().size(), List.of(), errors);
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : doc.rows()) {
            String at = "line[" + row.line() + "].";
            if (row.size() > doc.header().size()) {
                errors.add(new FieldError("line[" + row.line() + "]",
                        row.size() + " cells, but the header has " + doc.header().size()));
                continue;
            }
            List<FieldError> rowErrors = new ArrayList<>();
            Building b = building(cell(row, building), at, rowErrors);
            StaffInput in = new StaffInput(cell(row, number), cell(row, name), cell(row, department), b,
                    cell(row, position), CsvDocument.splitList(cell(row, qualifications)));
            StaffRules.Checked checked = StaffRules.check(in, at);
            rowErrors.addAll(checked.errors());
            String n = checked.input().number();
            if (n != null && StaffRules.NUMBER.matcher(n).matches()) {
                Integer first = seen.putIfAbsent(n.toUpperCase(Locale.ROOT), row.line());
                if (first != null) {
                    rowErrors.add(new FieldError(at + "number", "staff number " + n + " also on line " + first));
                }
            }
            if (rowErrors.isEmpty()) {
                lines.add(new Line(row.line(), checked.input()));
            }
            errors.addAll(rowErrors);
        }
        return new Parsed(doc.charset(), doc.rows().size(), lines, errors);
    }

    private static OptionalInt required(CsvDocument doc, String[] names, List<FieldError> errors) {
        OptionalInt c = doc.column(names);
        if (c.isEmpty()) {
            errors.add(new FieldError("header", "missing column " + names[0] + " (or " + names[1] + ")"));
        }
        return c;
    }

    private static String cell(CsvRow row, OptionalInt column) {
        return column.isPresent() ? row.get(column.getAsInt()) : "";
    }

    /** MAIN/OTHER or 主楼/其他; empty means the main building. */
    static Building building(String value, String at, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        switch (v.toUpperCase(Locale.ROOT)) {
            case "", "MAIN", "主楼", "大厅":
                return Building.MAIN;
            case "OTHER", "其他", "其它":
                return Building.OTHER;
            default:
                errors.add(new FieldError(at + "building", "MAIN (主楼) or OTHER (其他)"));
                return null;
        }
    }
}
