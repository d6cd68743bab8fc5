package org.countyhall.staff.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldChecks;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.staff.api.Departure;
import org.countyhall.staff.api.StaffState;
import org.countyhall.staff.api.Veto;

/**
 * When a departure may be recorded: the person is still active, the reason is given, the day is not in the future,
 * and no check vetoes it unless the office forces it with its own reason.
 */
public final class DepartureRules {

    static final int REASON_MAX = 500;

    private DepartureRules() {
    }

    /** The departure day to record (today if none given); throws if the request is refused. */
    public static LocalDate decide(String number, StaffState state, Departure d, List<Veto> vetoes, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = reasonsAndDay(d.reason(), d.force(), d.forceReason(), d.leftOn(), "leftOn", today, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (state == StaffState.LEFT) {
            throw new ConflictException("already-left", "Staff member " + number + " has already left");
        }
        if (!vetoes.isEmpty() && !d.force()) {
            throw new ConflictException("departure-vetoed", "Staff member " + number + " cannot leave yet: "
                    + vetoes.stream().map(v -> v.check() + ": " + v.reason()).collect(Collectors.joining("; "))
                    + ". Resolve these, or force the departure with a reason.");
        }
        return on;
    }

    /**
     * What a departure and a transfer both ask: a reason; a force reason with force and only then; a day (today if
     * none) not in the future and not before 1900, named {@code dayField}. Adds the errors; returns the day.
     */
    static LocalDate reasonsAndDay(String reason, boolean force, String forceReason, LocalDate given, String dayField,
            LocalDate today, List<FieldError> errors) {
        FieldChecks.text(reason, "reason", REASON_MAX, true, errors);
        if (force) {
            FieldChecks.text(forceReason, "forceReason", REASON_MAX, true, errors);
        } else if (FieldChecks.strip(forceReason) != null) {
            errors.add(new FieldError("forceReason", "only with force"));
        }
        LocalDate on = given == null ? today : given;
        if (on.isAfter(today)) {
            errors.add(new FieldError(dayField, "must not be in the future"));
        } else if (on.getYear() < 1900) {
            errors.add(new FieldError(dayField, "must be in 1900 or later"));
        }
        return on;
    }
}
