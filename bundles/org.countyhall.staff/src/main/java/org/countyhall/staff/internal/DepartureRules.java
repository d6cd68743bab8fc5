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
        FieldChecks.text(d.reason(), "reason", REASON_MAX, true, errors);
        if (d.force()) {
            FieldChecks.text(d.forceReason(), "forceReason", REASON_MAX, true, errors);
        } else if (FieldChecks.strip(d.forceReason()) != null) {
            errors.add(new FieldError("forceReason", "only with force"));
        }
        LocalDate on = d.leftOn() == null ? today : d.leftOn();
        if (on.isAfter(today)) {
            errors.add(new FieldError("leftOn", "must not be in the future"));
        } else if (on.getYear() < 1900) {
            errors.add(new FieldError("leftOn", "must be in 1900 or later"));
        }
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
}
