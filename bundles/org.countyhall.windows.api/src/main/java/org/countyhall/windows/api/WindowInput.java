package org.countyhall.windows.api;

import java.util.List;

/** The editable fields of a window, for create, update and import; validated by the registry. */
public record WindowInput(String number, String name, WindowType type, String department, String hall, Integer floor,
        String calendar, WindowState state, String director, String deputy, String a, String b,
        String complaintPhone, String complaintEmail, List<String> itemCodes) {

    public WindowInput {
        itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
    }
}
