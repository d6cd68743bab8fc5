package org.countyhall.staff.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldChecks;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffState;
import org.countyhall.staff.api.Transfer;
import org.countyhall.staff.api.Veto;

/**
 * When a transfer (调动) may be recorded: the person is active, the new department is given, something changes
 * (department or building), the reason is given, the day is not in the future, and nothing vetoes it unless the
 * office forces it with its own reason. A transfer is not a departure: the person stays in the directory.
 */
public final class TransferRules {

    private TransferRules() {
    }

    /** The request checked field by field: the normalised destination department, or every error at once. */
    public static String destination(Transfer t) {
        List<FieldError> errors = new ArrayList<>();
        String to = FieldChecks.text(t.toDepartment(), "toDepartment", StaffRules.DEPARTMENT_MAX, true, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return to;
    }

    /** The day of the transfer (today if none given); throws if the request is refused. */
    public static LocalDate decide(StaffMember m, Transfer t, List<Veto> vetoes, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String to = FieldChecks.text(t.toDepartment(), "toDepartment", StaffRules.DEPARTMENT_MAX, true, errors);
        LocalDate on = DepartureRules.reasonsAndDay(t.reason(), t.force(), t.forceReason(), t.on(), "on", today,
                errors);
        Building building = t.toBuilding() == null ? m.building() : t.toBuilding();
        if (to != null && to.equals(m.department()) && building == m.building()) {
            errors.add(new FieldError("toDepartment", "is already " + m.number() + "'s department"
                    + (t.toBuilding() == null ? "" : ", in that building")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (m.state() == StaffState.LEFT) {
            throw new ConflictException("already-left", "Staff member " + m.number() + " has left");
        }
        if (!vetoes.isEmpty() && !t.force()) {
            throw new ConflictException("transfer-vetoed", "Staff member " + m.number() + " cannot move to " + to
                    + " yet: " + vetoes.stream().map(v -> v.check() + ": " + v.reason())
                            .collect(Collectors.joining("; "))
                    + ". Resolve these, or force the transfer with a reason.");
        }
        return on;
    }
}
