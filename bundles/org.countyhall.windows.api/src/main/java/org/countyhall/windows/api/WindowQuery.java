package org.countyhall.windows.api;

/** Filters for lists of windows, all optional and matched exactly. */
public record WindowQuery(WindowType type, WindowState state, String department, String itemCode) {

    /** Every window. */
    public static final WindowQuery ALL = new WindowQuery(null, null, null, null);
}
