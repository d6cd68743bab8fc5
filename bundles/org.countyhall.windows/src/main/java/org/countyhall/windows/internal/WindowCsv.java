package org.countyhall.windows.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.countyhall.core.api.csv.CsvDocument;
import org.countyhall.core.api.csv.CsvKeys;
import org.countyhall.core.api.csv.CsvRow;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.jpa.CsvImport;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.api.WindowType;

/**
 * Reads a window CSV into validated inputs, with every problem named by file line and column
 * ({@code line[4].type}). Headers and enumerated values may be English or Chinese.
 */
public final class WindowCsv {

    static final String[] NUMBER = {"number", "窗口号", "编号"};
    static final String[] NAME = {"name", "名称", "窗口名称"};
    static final String[] TYPE = {"type", "类型"};
    static final String[] DEPARTMENT = {"department", "部门", "派驻单位"};
    static final String[] HALL = {"hall", "大厅"};
    static final String[] FLOOR = {"floor", "楼层"};
    static final String[] CALENDAR = {"calendar", "日历"};
    static final String[] STATE = {"state", "状态"};
    static final String[] DIRECTOR = {"director", "负责人"};
    static final String[] DEPUTY = {"deputy", "副负责人"};
    static final String[] A = {"a", "A角"};
    static final String[] B = {"b", "B角"};
    static final String[] PHONE = {"complaint phone", "投诉电话"};
    static final String[] EMAIL = {"complaint email", "投诉邮箱"};
    static final String[] ITEMS = {"items", "事项"};

    private static final Map<String, WindowType> TYPES = Map.of("ACCEPTANCE", WindowType.ACCEPTANCE, "受理",
            WindowType.ACCEPTANCE, "业务受理", WindowType.ACCEPTANCE, "CONSULTATION", WindowType.CONSULTATION, "咨询",
            WindowType.CONSULTATION, "COMPLAINT", WindowType.COMPLAINT, "投诉", WindowType.COMPLAINT, "COMPREHENSIVE",
            WindowType.COMPREHENSIVE, "综合", WindowType.COMPREHENSIVE);
    private static final Map<String, WindowState> STATES = Map.of("OPEN", WindowState.OPEN, "开放", WindowState.OPEN,
            "PAUSED", WindowState.PAUSED, "暂停", WindowState.PAUSED, "CLOSED", WindowState.CLOSED, "关闭",
            WindowState.CLOSED);

    private WindowCsv() {
    }

    /** The valid rows (with their line) and every problem; rows with problems are left out. */
    public record Parsed(Charset charset, int rows, List<Line> lines, List<FieldError> errors)
            implements CsvImport.Parsed<Line> {
    }

    /** One valid row. */
    public record Line(int line, WindowInput input) {
    }

    public static Parsed parse(byte[] bytes, Charset charset, int maxRows, Collection<String> calendars) {
        CsvDocument doc = CsvDocument.parse(bytes, charset, maxRows);
        List<FieldError> errors = doc.headerErrors(List.of(NUMBER, NAME, TYPE, DEPARTMENT, HALL, FLOOR, CALENDAR, STATE,
                DIRECTOR, DEPUTY, A, B, PHONE, EMAIL, ITEMS), List.of(NUMBER, NAME, TYPE, DEPARTMENT, HALL));
        if (!errors.isEmpty()) {
            return new Parsed(doc.charset(), doc.rows().size(), List.of(), errors);
        }
        List<Line> lines = new ArrayList<>();
        CsvKeys keys = new CsvKeys();
        for (CsvRow row : doc.rows()) {
            String at = row.field("");
            Optional<FieldError> tooWide = doc.tooWide(row);
            if (tooWide.isPresent()) {
                errors.add(tooWide.get());
                continue;
            }
            List<FieldError> rowErrors = new ArrayList<>();
            WindowType type = lookup(TYPES, cell(doc, row, TYPE), at + "type", "ACCEPTANCE (受理), CONSULTATION (咨询),"
                    + " COMPLAINT (投诉) or COMPREHENSIVE (综合)", rowErrors);
            WindowState state = lookup(STATES, cell(doc, row, STATE), at + "state",
                    "OPEN (开放), PAUSED (暂停) or CLOSED (关闭)", rowErrors);
            Integer floor = null;
            String f = cell(doc, row, FLOOR);
            if (!f.isBlank()) {
                try {
                    floor = Integer.valueOf(f.strip());
                } catch (NumberFormatException e) {
                    rowErrors.add(new FieldError(at + "floor", "a whole number"));
                }
            }
            WindowInput in = new WindowInput(cell(doc, row, NUMBER), cell(doc, row, NAME), type,
                    cell(doc, row, DEPARTMENT), cell(doc, row, HALL), floor, cell(doc, row, CALENDAR), state,
                    cell(doc, row, DIRECTOR), cell(doc, row, DEPUTY), cell(doc, row, A), cell(doc, row, B),
                    cell(doc, row, PHONE), cell(doc, row, EMAIL), CsvDocument.splitList(cell(doc, row, ITEMS)));
            WindowRules.Checked checked = WindowRules.check(in, at, calendars);
            if (type == null && !cell(doc, row, TYPE).isBlank()) {
                checked.errors().stream().filter(e -> !e.field().equals(at + "type")).forEach(rowErrors::add);
            } else {
                rowErrors.addAll(checked.errors());
            }
            String n = checked.input().number();
            if (n != null && WindowRules.NUMBER.matcher(n).matches()) {
                keys.check(row, "number", "window", n).ifPresent(rowErrors::add);
            }
            if (rowErrors.isEmpty()) {
                lines.add(new Line(row.line(), checked.input()));
            }
            errors.addAll(rowErrors);
        }
        return new Parsed(doc.charset(), doc.rows().size(), lines, errors);
    }

    private static String cell(CsvDocument doc, CsvRow row, String[] names) {
        OptionalInt c = doc.column(names);
        return c.isPresent() ? row.get(c.getAsInt()) : "";
    }

    /** An enumerated value by English or Chinese name; empty gives null (the rules' default or "required"). */
    static <T> T lookup(Map<String, T> values, String cell, String field, String expected, List<FieldError> errors) {
        String v = cell == null ? "" : cell.strip();
        if (v.isEmpty()) {
            return null;
        }
        T found = values.get(v.toUpperCase(Locale.ROOT));
        if (found == null) {
            errors.add(new FieldError(field, expected));
        }
        return found;
    }
}
