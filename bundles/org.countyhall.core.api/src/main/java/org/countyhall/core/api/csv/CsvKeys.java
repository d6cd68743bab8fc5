package org.countyhall.core.api.csv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.countyhall.core.api.error.FieldError;

/** The business keys met so far in one import, so that a key given twice is reported on its second line. */
public final class CsvKeys {

    private final Map<String, Integer> firstLine = new HashMap<>();

    /**
     * Remembers {@code key} (case-insensitive) for {@code row}; if an earlier line had it, an error on
     * {@code field} such as "staff number S001 also on line 2", {@code what} naming the key.
     */
    public Optional<FieldError> check(CsvRow row, String field, String what, String key) {
        Integer first = firstLine.putIfAbsent(key.toUpperCase(Locale.ROOT), row.line());
        return first == null ? Optional.empty()
                : Optional.of(new FieldError(row.field(field), what + " " + key + " also on line " + first));
    }
}
