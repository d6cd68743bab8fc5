package org.countyhall.core.api.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;

/**
 * A parsed CSV file (RFC 4180, comma separated) with a header line, as Excel saves it: UTF-8 with or without a BOM,
 * or GBK on Chinese Windows. Blank lines are skipped; header names are matched case-insensitively.
 */
public final class CsvDocument {

    /** The row limit of {@link #parse(byte[], Charset)}. */
    public static final int DEFAULT_MAX_ROWS = 10_000;

    /** The field of errors about the file as a whole. */
    public static final String FILE = "(file)";

    private final Charset charset;
    private final List<String> header;
    private final List<String> keys;
    private final List<CsvRow> rows;

    private CsvDocument(Charset charset, List<String> header, List<CsvRow> rows) {
        this.charset = charset;
        this.header = List.copyOf(header);
        this.keys = header.stream().map(CsvDocument::key).toList();
        this.rows = List.copyOf(rows);
    }

    /** Parses at most {@link #DEFAULT_MAX_ROWS} data rows; a null charset means detect UTF-8 or GBK. */
    public static CsvDocument parse(byte[] bytes, Charset charsetOrNull) {
        return parse(bytes, charsetOrNull, DEFAULT_MAX_ROWS);
    }

    /** Parses at most {@code maxRows} data rows; a null charset means detect UTF-8 or GBK. */
    public static CsvDocument parse(byte[] bytes, Charset charsetOrNull, int maxRows) {
        Objects.requireNonNull(bytes, "bytes");
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative: " + maxRows);
        }
        Charset charset = charsetOrNull != null ? charsetOrNull : detect(bytes);
        String text = decode(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Lines lines = new Lines(text);
        List<String> header = null;
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow row = lines.next(); row != null; row = lines.next()) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                header = row.cells().stream().map(String::strip).toList();
            } else if (rows.size() == maxRows) {
                // Stop at once: a runaway file should not be parsed to the end only to be refused.
                throw new ValidationException(FILE, "more than " + maxRows + " rows");
            } else {
                rows.add(row);
            }
        }
        if (header == null) {
            throw new ValidationException(FILE, "empty file: a header line is required");
        }
        checkDuplicates(header);
        return new CsvDocument(charset, header, rows);
    }

    /** The charset the bytes were decoded with, given or detected. */
    public Charset charset() {
        return charset;
    }

    /** The header names, trimmed, as written. */
    public List<String> header() {
        return header;
    }

    /** The data rows, blank lines left out. */
    public List<CsvRow> rows() {
        return rows;
    }

    /** Index of the first header column equal (case-insensitive, trimmed) to any of the names, e.g. "name", "姓名". */
    public OptionalInt column(String... names) {
        Set<String> wanted = new HashSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                wanted.add(key(name));
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            if (wanted.contains(keys.get(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Header names (as written) whose lower case is not in the given set; blank names are not reported. */
    public List<String> unknownColumns(Set<String> allKnownNamesLowerCase) {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!keys.get(i).isEmpty() && !allKnownNamesLowerCase.contains(keys.get(i))) {
                unknown.add(header.get(i));
            }
        }
        return unknown;
    }

    /**
     * The header's problems for an import: every column not named in {@code columns} ("column 3 is not a known
     * column; known: number, name, ..."), and each required column missing ("missing column number (or 工号)": its
     * first two names). Unknown columns are named by position, never by their text: the first line of a file that
     * is not an import at all (a password file) must not come back in an error.
     */
    public List<FieldError> headerErrors(List<String[]> columns, List<String[]> required) {
        Set<String> known = new HashSet<>();
        columns.forEach(names -> Arrays.stream(names).map(CsvDocument::key).forEach(known::add));
        String knownList = String.join(", ", columns.stream().map(names -> names[0]).toList());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!keys.get(i).isEmpty() && !known.contains(keys.get(i))) {
                errors.add(new FieldError("header", "column " + (i + 1) + " is not a known column; known: " + knownList));
            }
        }
        for (String[] names : required) {
            if (column(names).isEmpty()) {
                errors.add(new FieldError("header", "missing column " + names[0]
                        + (names.length > 1 ? " (or " + names[1] + ")" : "")));
            }
        }
        return errors;
    }

    /** An error when the row has more cells than the header has columns (a stray comma in a cell). */
    public Optional<FieldError> tooWide(CsvRow row) {
        return row.size() <= header.size() ? Optional.empty() : Optional.of(new FieldError("line[" + row.line() + "]",
                row.size() + " cells, but the header has " + header.size()));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static void checkDuplicates(List<String> header) {
        Map<String, Integer> seen = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            // Blank names are exempt: Excel pads the header with empty cells when a column once held data.
            // By position only: the text may be any file's first line.
            Integer first = name.isEmpty() ? null : seen.putIfAbsent(key(name), i + 1);
            if (first != null) {
                errors.add(new FieldError("header", "column " + (i + 1) + " has the same name as column " + first));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static Charset detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        // GBK text is almost never valid UTF-8, so a strict UTF-8 decode tells the two apart.
        if (tryDecode(bytes, StandardCharsets.UTF_8) != null) {
            return StandardCharsets.UTF_8;
        }
        Charset gbk = Charset.forName("GBK");
        if (tryDecode(bytes, gbk) != null) {
            return gbk;
        }
        throw new ValidationException(FILE, "neither UTF-8 nor GBK text; save the file as CSV UTF-8");
    }

    private static String decode(byte[] bytes, Charset charset) {
        String text = tryDecode(bytes, charset);
        if (text == null) {
            throw new ValidationException(FILE, "not valid " + charset.name() + " text");
        }
        return text;
    }

    /** Strict decoding: null on malformed or unmappable input instead of silently inserting U+FFFD. */
    private static String tryDecode(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Splits text into records, counting physical lines (also those inside quoted fields). */
    private static final class Lines {

        private final String text;
        private int pos;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        /** The next record, possibly blank, or null at the end of the text. */
        CsvRow next() {
            if (pos >= text.length()) {
                return null;
            }
            int start = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == ',') {
                    cells.add(finish(cell, quoted));
                    cell.setLength(0);
                    quoted = false;
                } else if (c == '\r' || c == '\n') {
                    skipLf(c);
                    line++;
                    break;
                } else if (quoted) {
                    if (!isSpace(c)) {
                        throw new ValidationException("line[" + line + "]", "unexpected text after a closing quote");
                    }
                } else if (c == '"' && trim(cell).isEmpty()) {
                    // A quote opens a quoted field even after spaces, as in: a, "b, c"
                    cell.setLength(0);
                    readQuoted(cell);
                    quoted = true;
                } else {
                    cell.append(c);
                }
            }
            cells.add(finish(cell, quoted));
            return new CsvRow(start, cells);
        }

        /** Reads up to and including the closing quote, keeping the content verbatim. */
        private void readQuoted(StringBuilder cell) {
            int start = line;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        cell.append('"');
                        pos++;
                    } else {
                        return;
                    }
                } else {
                    cell.append(c);
                    if (c == '\r' || c == '\n') {
                        if (skipLf(c)) {
                            cell.append('\n');
                        }
                        line++;
                    }
                }
            }
            throw new ValidationException("line[" + start + "]", "unterminated quoted field");
        }

        /** Treats CR LF as one line break: after a CR, consumes a following LF and tells whether it did. */
        private boolean skipLf(char c) {
            if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
                return true;
            }
            return false;
        }

        private static String finish(StringBuilder cell, boolean quoted) {
            return quoted ? cell.toString() : trim(cell);
        }

        /** Strips spaces and tabs only, so that other characters an unquoted cell holds are kept. */
        private static String trim(StringBuilder cell) {
            int from = 0;
            int to = cell.length();
            while (from < to && isSpace(cell.charAt(from))) {
                from++;
            }
            while (to > from && isSpace(cell.charAt(to - 1))) {
                to--;
            }
            return cell.substring(from, to);
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t';
        }
    }

    /**
     * The values of a cell that holds a list, e.g. item codes: separated by ';', '；', '|', '、', '，' or white space
     * (a comma would split the CSV cell itself).
     */
    public static List<String> splitList(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;；|、，\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
