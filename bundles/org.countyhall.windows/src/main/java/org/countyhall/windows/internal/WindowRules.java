package org.countyhall.windows.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.countyhall.core.api.calendar.WorkingCalendars;
import org.countyhall.core.api.error.BusinessKeys;
import org.countyhall.core.api.error.FieldChecks;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowState;

/**
 * What a valid window record is. Returns the input normalised (trimmed; calendar {@code hall}, floor 1 and state
 * OPEN by default; item codes de-duplicated and sorted) or every problem at once, fields prefixed as the caller needs.
 * Window and staff numbers are stored in upper case.
 */
public final class WindowRules {

    /** Window numbers as painted above the desk: "01", "A12", "12-1". */
    static final Pattern NUMBER = BusinessKeys.WINDOW_NUMBER;
    static final Pattern ITEM_CODE = BusinessKeys.ITEM_CODE;
    static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,30}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Words used as paths under /api/v1/windows, so they cannot be window numbers. */
    static final Set<String> RESERVED = Set.of("leaves", "uncovered", "import");
    static final int ITEMS_MAX = 200;

    private WindowRules() {
    }

    /** A validated and normalised input, or the problems found. */
    public record Checked(WindowInput input, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Checked check(WindowInput in, String prefix, Collection<String> calendars) {
        List<FieldError> errors = new ArrayList<>();
        String number = key(in.number());
        if (number == null) {
            errors.add(new FieldError(prefix + "number", "required"));
        } else if (!NUMBER.matcher(number).matches() || RESERVED.contains(number.toLowerCase(java.util.Locale.ROOT))) {
            errors.add(new FieldError(prefix + "number", BusinessKeys.WINDOW_NUMBER_RULE + " (not "
                    + String.join("/", new TreeSet<>(RESERVED)) + ")"));
        }
        String name = FieldChecks.text(in.name(), prefix + "name", 100, true, errors);
        if (in.type() == null) {
            errors.add(new FieldError(prefix + "type", "required: ACCEPTANCE, CONSULTATION, COMPLAINT or COMPREHENSIVE"));
        }
        String department = FieldChecks.text(in.department(), prefix + "department", 100, true, errors);
        String hall = FieldChecks.text(in.hall(), prefix + "hall", 50, true, errors);
        int floor = in.floor() == null ? 1 : in.floor();
        if (floor < -5 || floor > 100) {
            errors.add(new FieldError(prefix + "floor", "between -5 and 100"));
        }
        String calendar = FieldChecks.strip(in.calendar()) == null ? WorkingCalendars.HALL : FieldChecks.strip(in.calendar());
        if (!calendars.contains(calendar)) {
            errors.add(new FieldError(prefix + "calendar", "unknown calendar; one of " + new TreeSet<>(calendars)));
        }
        WindowState state = in.state() == null ? WindowState.OPEN : in.state();
        String director = staff(in.director(), prefix + "director", errors);
        String deputy = staff(in.deputy(), prefix + "deputy", errors);
        String a = staff(in.a(), prefix + "a", errors);
        String b = staff(in.b(), prefix + "b", errors);
        if (a != null && a.equalsIgnoreCase(b == null ? "" : b)) {
            errors.add(new FieldError(prefix + "b", "the B post needs another person than the A post"));
        }
        String phone = FieldChecks.strip(in.complaintPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError(prefix + "complaintPhone", "3 to 30 digits, spaces, '+', '-', '(' or ')'"));
        }
        String email = FieldChecks.strip(in.complaintEmail());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError(prefix + "complaintEmail", "an e-mail address"));
        }
        TreeSet<String> items = new TreeSet<>();
        for (int i = 0; i < in.itemCodes().size(); i++) {
            String code = FieldChecks.strip(in.itemCodes().get(i));
            if (code == null || !ITEM_CODE.matcher(code).matches()) {
                errors.add(new FieldError(prefix + "itemCodes[" + i + "]",
                        BusinessKeys.ITEM_CODE_RULE));
            } else {
                items.add(code);
            }
        }
        if (items.size() > ITEMS_MAX) {
            errors.add(new FieldError(prefix + "itemCodes", "at most " + ITEMS_MAX + " items"));
        }
        return new Checked(new WindowInput(number, name, in.type(), department, hall, floor, calendar, state, director,
                deputy, a, b, phone, email, List.copyOf(items)), List.copyOf(errors));
    }

    /** A staff number in a post: empty means nobody. */
    static String staff(String value, String field, List<FieldError> errors) {
        return BusinessKeys.staffNumber(value, field, false, errors);
    }

    /**
     * {@code w} as it would be with the checked {@code in}'s values, or a new window of them if {@code w} is null
     * (for judging a change before making it).
     */
    static Window applied(Window w, WindowInput in) {
        return new Window(in.number(), in.name(), in.type(), in.department(), in.hall(), in.floor(), in.calendar(),
                in.state(), in.director(), in.deputy(), in.a(), in.b(), in.complaintPhone(), in.complaintEmail(),
                in.itemCodes(), w == null || w.staffChecked(), w == null ? null : w.updatedAt(),
                w == null ? 0 : w.version());
    }

    /** A number as stored: trimmed and upper case. */
    public static String key(String number) {
        return FieldChecks.key(number);
    }
}
