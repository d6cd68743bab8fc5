package org.countyhall.staff.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.countyhall.core.api.csv.CsvDocument;
import org.countyhall.core.api.csv.CsvKeys;
import org.countyhall.core.api.csv.CsvRow;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.jpa.CsvImport;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.api.StaffRole;

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
    static final String[] ROLES = {"roles", "角色", "岗位类别"};
    static final String[] PHONE = {"phone", "电话", "联系电话", "手机"};

    private StaffCsv() {
    }

    /** The rows as inputs (with the line each came from) and the problems; rows with problems are left out. */
    public record Parsed(Charset charset, int rows, List<Line> lines, List<FieldError> errors)
            implements CsvImport.Parsed<Line> {
    }

    /** One valid row. */
    public record Line(int line, StaffInput input) {
    }

    public static Parsed parse(byte[] bytes, Charset charset, int maxRows) {
        CsvDocument doc = CsvDocument.parse(bytes, charset, maxRows);
        List<FieldError> errors = doc.headerErrors(
                List.of(NUMBER, NAME, DEPARTMENT, BUILDING, POSITION, QUALIFICATIONS, ROLES, PHONE),
                List.of(NUMBER, NAME, DEPARTMENT));
        if (!errors.isEmpty()) {
            return new Parsed(doc.charset(), doc.rows().size(), List.of(), errors);
        }
        OptionalInt number = doc.column(NUMBER);
        OptionalInt name = doc.column(NAME);
        OptionalInt department = doc.column(DEPARTMENT);
        OptionalInt building = doc.column(BUILDING);
        OptionalInt position = doc.column(POSITION);
        OptionalInt qualifications = doc.column(QUALIFICATIONS);
        OptionalInt roles = doc.column(ROLES);
        OptionalInt phone = doc.column(PHONE);
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
            Building b = building(cell(row, building), at, rowErrors);
            // without a roles column an import keeps everyone's roles; with one, the cell is the whole list
            List<StaffRole> r = roles.isPresent() ? roles(cell(row, roles), at, rowErrors) : null;
            StaffInput in = new StaffInput(cell(row, number), cell(row, name), cell(row, department), b,
                    cell(row, position), CsvDocument.splitList(cell(row, qualifications)), r,
                    phone.isPresent() ? cell(row, phone) : null); // no column: phones kept; an empty cell removes one
            StaffRules.Checked checked = StaffRules.check(in, at);
            rowErrors.addAll(checked.errors());
            String n = checked.input().number();
            if (n != null && StaffRules.NUMBER.matcher(n).matches()) {
                keys.check(row, "number", "staff number", n).ifPresent(rowErrors::add);
            }
            if (rowErrors.isEmpty()) {
                lines.add(new Line(row.line(), checked.input()));
            }
            errors.addAll(rowErrors);
        }
        return new Parsed(doc.charset(), doc.rows().size(), lines, errors);
    }

    private static String cell(CsvRow row, OptionalInt column) {
        return column.isPresent() ? row.get(column.getAsInt()) : "";
    }

    /** The roles of a cell, by constant or Chinese name, split as every list cell is; an error per unknown one. */
    static List<StaffRole> roles(String value, String at, List<FieldError> errors) {
        List<StaffRole> out = new ArrayList<>();
        for (String name : CsvDocument.splitList(value)) {
            Optional<StaffRole> r = StaffRole.parse(name);
            if (r.isEmpty()) {
                errors.add(new FieldError(at + "roles", StaffRules.ROLE_RULE));
            } else {
                out.add(r.get());
            }
        }
        return out;
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
