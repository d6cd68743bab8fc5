package org.countyhall.core.api.calendar;

/** What a special day overrides: a closed holiday, or a working day on a weekend (调休 swap). */
public enum DayKind {
    /** Closed, whatever the weekday. */
    HOLIDAY,
    /** Open with the calendar's sessions, whatever the weekday (swapped working weekend day). */
    WORKDAY
}
