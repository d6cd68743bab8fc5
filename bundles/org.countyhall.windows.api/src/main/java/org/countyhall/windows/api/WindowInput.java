package org.countyhall.windows.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The editable fields of a window, for create, update and import; validated by the registry. */
public record WindowInput(String number, String name, WindowType type, String department, String hall, Integer floor,
        String calendar, WindowState state, String director, String deputy, String a, String b,
        String complaintPhone, String complaintEmail, List<String> itemCodes) {

    public WindowInput {
        // not List.copyOf: a null element must reach the rules as a field error (400), not fail here
        itemCodes = itemCodes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(itemCodes));
    }
}
