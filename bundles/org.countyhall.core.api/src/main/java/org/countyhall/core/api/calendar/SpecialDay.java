package org.countyhall.core.api.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A dated exception to the weekly rule, entered by the office per year; {@code name} is never null. */
public record SpecialDay(LocalDate date, DayKind kind, String name) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
    }
}
