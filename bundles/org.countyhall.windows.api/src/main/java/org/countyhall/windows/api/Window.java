package org.countyhall.windows.api;

import java.time.Instant;
import java.util.List;

/**
 * A window as the office manages it. {@code calendar} names the working calendar ({@code hall} by default);
 * {@code staffChecked} is false when the staff numbers were stored without the staff directory installed.
 */
public record Window(String number, String name, WindowType type, String department, String hall, int floor,
        String calendar, WindowState state, String director, String deputy, String a, String b,
        String complaintPhone, String complaintEmail, List<String> itemCodes, boolean staffChecked, Instant updatedAt,
        long version) {

    public Window {
        itemCodes = List.copyOf(itemCodes);
    }

    /** The holder of a post, or null. */
    public String holder(Post post) {
        return switch (post) {
            case DIRECTOR -> director;
            case DEPUTY -> deputy;
            case A -> a;
            case B -> b;
        };
    }
}
