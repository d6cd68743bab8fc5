package org.countyhall.core.internal.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.countyhall.core.api.calendar.DayKind;
import org.countyhall.core.api.calendar.SpecialDay;

/**
 * Reads a year's holidays and swapped working days from CSV ({@code date,kind,name}); bad rows
 * become errors, never exceptions, so the office sees every mistake of a file at once.
 */
public final class HolidayCsv {

    /** One rejected row: {@code row} is the 1-based line number in the file, header and blank lines counted. */
    public record RowError(int row, String field, String message) {
        @Override
        public String toString() {
            return "row " + row + " " + field + ": " + message;
        }
    }

    /** The accepted days in file order, and the errors; a caller should refuse the file unless {@link #ok()}. */
    public record Result(List<SpecialDay> days, List<RowError> errors) {
        public Result {
            days = List.copyOf(days);
            errors = List.copyOf(errors);
        }

        /** True if no row was rejected. */
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private HolidayCsv() {
    }

    /** Parses without a year check. */
    public static Result parse(String text) {
        return parse(text, null);
    }

    /** Parses and rejects dates outside {@code expectedYear}. */
    public static Result parse(String text, int expectedYear) {
        return parse(text, Integer.valueOf(expectedYear));
    }

    private static Result parse(String text, Integer expectedYear) {
        List<SpecialDay> days = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        String body = text == null ? "" : text;
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        List<String> lines = body.lines().toList();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            int row = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line);
            if (first && fields.get(0).equalsIgnoreCase("date")) {
                first = false;
                continue;
            }
            first = false;
            if (fields.size() > 3) {
                errors.add(new RowError(row, "row", "expected at most 3 columns date,kind,name but found " + fields.size()));
                continue;
            }
            LocalDate date = date(row, fields.get(0), expectedYear, errors);
            DayKind kind = kind(row, fields.size() > 1 ? fields.get(1) : "", errors);
            String name = fields.size() > 2 ? fields.get(2) : "";
            if (date == null || kind == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(date, row);
            if (earlier != null) {
                errors.add(new RowError(row, "date", date + " is already given on row " + earlier));
                continue;
            }
            days.add(new SpecialDay(date, kind, name));
        }
        return new Result(days, errors);
    }

    private static LocalDate date(int row, String s, Integer expectedYear, List<RowError> errors) {
        if (s.isEmpty()) {
            errors.add(new RowError(row, "date", "missing"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row, "date", "not a date yyyy-MM-dd")); // the cell is not echoed: it may be any file's text
            return null;
        }
        if (expectedYear != null && date.getYear() != expectedYear) {
            errors.add(new RowError(row, "date", date + " is not in " + expectedYear));
            return null;
        }
        return date;
    }

    private static DayKind kind(int row, String s, List<RowError> errors) {
        switch (s.toUpperCase(Locale.ROOT)) {
            case "HOLIDAY", "休":
                return DayKind.HOLIDAY;
            case "WORKDAY", "班":
                return DayKind.WORKDAY;
            case "":
                errors.add(new RowError(row, "kind", "missing, expected HOLIDAY (休) or WORKDAY (班)"));
                return null;
            default:
                errors.add(new RowError(row, "kind", "not HOLIDAY (休) or WORKDAY (班)"));
                return null;
        }
    }

    /** Splits one line on commas; a field in double quotes may hold commas, "" is a quote. Fields are trimmed. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString().strip());
        return fields;
    }
}
