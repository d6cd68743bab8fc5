package org.countyhall.core.api.csv;

import java.util.List;

/** One data row: the 1-based physical line it starts on (as Excel numbers it, counting blank lines) and its cells. */
public record CsvRow(int line, List<String> cells) {

    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** The name of a field of this row in problem reports, e.g. {@code line[7].department}. */
    public String field(String name) {
        return "line[" + line + "]." + name;
    }

    /** How many cells the row has; more than the header has columns is the caller's error to report. */
    public int size() {
        return cells.size();
    }

    /** The cell at {@code index}, or "" if the row is shorter (Excel leaves out trailing empty cells). */
    public String get(int index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("negative column index " + index);
        }
        return index < cells.size() ? cells.get(index) : "";
    }
}
