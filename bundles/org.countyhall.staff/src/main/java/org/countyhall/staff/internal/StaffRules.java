package org.countyhall.staff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.countyhall.core.api.error.BusinessKeys;
import org.countyhall.core.api.error.FieldChecks;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.api.StaffRole;

/**
 * What a valid staff record is. Returns the input normalised (trimmed, building defaulted to MAIN, qualifications
 * de-duplicated and sorted) or every problem at once, each field prefixed as the caller needs ({@code line[7].}).
 */
public final class StaffRules {

    /** Letters, digits and dashes, starting with a letter or digit: safe in URLs, file names and CSV. */
    static final Pattern NUMBER = BusinessKeys.STAFF_NUMBER;
    /** Service item codes as the catalogue writes them, e.g. {@code 370100-001} or {@code TAX.INVOICE}. */
    static final Pattern ITEM_CODE = BusinessKeys.ITEM_CODE;
    static final int NAME_MAX = 50;
    static final int DEPARTMENT_MAX = 100;
    static final int POSITION_MAX = 50;
    static final int QUALIFICATIONS_MAX = 200;

    private StaffRules() {
    }

    /** A validated and normalised input, or the problems found. */
    public record Checked(StaffInput input, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The roles, as a field error says them. */
    static final String ROLE_RULE = "one of " + java.util.Arrays.stream(StaffRole.values())
            .map(r -> r.name() + " (" + r.label() + ")").collect(java.util.stream.Collectors.joining(", "));

    public static Checked check(StaffInput in, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        String number = key(in.number());
        if (number == null) {
            errors.add(new FieldError(prefix + "number", "required"));
        } else if (!NUMBER.matcher(number).matches()) {
            errors.add(new FieldError(prefix + "number", BusinessKeys.STAFF_NUMBER_RULE));
        }
        String name = FieldChecks.text(in.name(), prefix + "name", NAME_MAX, true, errors);
        String department = FieldChecks.text(in.department(), prefix + "department", DEPARTMENT_MAX, true, errors);
        String position = FieldChecks.text(in.position(), prefix + "position", POSITION_MAX, false, errors);
        // null: not given, kept on update; "": removed
        String phone = in.phone() == null ? null
                : FieldChecks.strip(in.phone()) == null ? "" : FieldChecks.phone(in.phone(), prefix + "phone", errors);
        TreeSet<String> qualifications = new TreeSet<>();
        for (int i = 0; i < in.qualifications().size(); i++) {
            String code = FieldChecks.strip(in.qualifications().get(i));
            if (code == null || !ITEM_CODE.matcher(code).matches()) {
                errors.add(new FieldError(prefix + "qualifications[" + i + "]", BusinessKeys.ITEM_CODE_RULE));
            } else {
                qualifications.add(code);
            }
        }
        if (qualifications.size() > QUALIFICATIONS_MAX) {
            errors.add(new FieldError(prefix + "qualifications", "at most " + QUALIFICATIONS_MAX + " items"));
        }
        Building building = in.building() == null ? Building.MAIN : in.building();
        List<StaffRole> roles = null; // null: not given, kept on update
        if (in.roles() != null) {
            java.util.EnumSet<StaffRole> set = java.util.EnumSet.noneOf(StaffRole.class);
            for (int i = 0; i < in.roles().size(); i++) {
                if (in.roles().get(i) == null) {
                    errors.add(new FieldError(prefix + "roles[" + i + "]", ROLE_RULE));
                } else {
                    set.add(in.roles().get(i));
                }
            }
            roles = List.copyOf(set);
        }
        return new Checked(new StaffInput(number, name, department, building, position, List.copyOf(qualifications),
                roles, phone), List.copyOf(errors));
    }

    /** A number as stored: trimmed and upper case. */
    public static String key(String number) {
        return FieldChecks.key(number);
    }
}
