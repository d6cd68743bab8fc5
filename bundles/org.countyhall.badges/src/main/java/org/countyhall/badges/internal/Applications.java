package org.countyhall.badges.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.countyhall.badges.api.ApplicationInput;
import org.countyhall.badges.api.ApplicationState;
import org.countyhall.badges.api.CardApplication;
import org.countyhall.badges.internal.store.ApplicationEntity;
import org.countyhall.badges.internal.store.BadgesStore;
import org.countyhall.core.api.error.BusinessKeys;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldChecks;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ForbiddenException;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.jpa.Inserts;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffState;

/**
 * Department heads' applications for people outside the main building (L556): submitted, approved or rejected by the
 * office with a reason, used up by one issuance. One open application per person.
 */
final class Applications {

    private final BadgesContext ctx;

    Applications(BadgesContext ctx) {
        this.ctx = ctx;
    }

    CardApplication apply(ApplicationInput input) {
        if (input == null) {
            throw new ValidationException("(body)", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        String applicant = BusinessKeys.staffNumber(input.applicant(), "applicant", true, errors);
        String name = FieldChecks.text(input.applicantName(), "applicantName", 100, false, errors);
        String unit = FieldChecks.text(input.unit(), "unit", 100, false, errors);
        String reason = FieldChecks.text(input.reason(), "reason", 500, true, errors);
        StaffDirectory directory = ctx.staff().get();
        if (errors.isEmpty() && directory != null) {
            Optional<StaffMember> m = directory.find(applicant);
            if (m.isEmpty() || m.get().state() == StaffState.LEFT) {
                errors.add(new FieldError("applicant", m.isEmpty() ? "no staff member " + applicant
                        : "staff member " + applicant + " has left"));
            } else if (m.get().building() == Building.MAIN) {
                errors.add(new FieldError("applicant", applicant + " works in the main building: no application "
                        + "is needed (L555)"));
            } else {
                name = m.get().name();
                unit = m.get().department();
                ownDepartment(directory, unit);
            }
        } else if (directory == null) {
            if (name == null) {
                errors.add(new FieldError("applicantName", "required while the staff directory is not installed"));
            }
            if (unit == null) {
                errors.add(new FieldError("unit", "required while the staff directory is not installed"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ApplicationInput in = new ApplicationInput(applicant, name, unit, reason);
        return ctx.jpa().write(em -> {
            ApplicationEntity a = new ApplicationEntity(in, ctx.by(), ctx.clock().instant());
            Inserts.unique(em, a, () -> new ConflictException("application-open", applicant
                    + " already has an open application"));
            ctx.audit().record("badges.application.submit", "card-application/" + a.id(), applicant);
            return a.toApplication();
        });
    }

    /**
     * L556: the applicant's own department head applies. A department head (not the office or an admin) must be in
     * the directory, of the applicant's department.
     */
    private void ownDepartment(StaffDirectory directory, String applicantsDepartment) {
        Actor a = ctx.actor().get();
        if (!a.hasRole(Roles.DEPT_HEAD) || a.hasRole(Roles.OFFICE) || a.hasRole(Roles.ADMIN)) {
            return;
        }
        Optional<String> own = a.staffNumber() == null ? Optional.empty()
                : directory.find(a.staffNumber()).map(StaffMember::department);
        if (!own.map(applicantsDepartment::equals).orElse(false)) {
            throw new ForbiddenException("not-your-department", "A department head applies for their own "
                    + "department's staff only (L556)");
        }
    }

    Optional<CardApplication> find(long id) {
        return ctx.jpa().read(em -> new BadgesStore(em).application(id).map(ApplicationEntity::toApplication));
    }

    Page<CardApplication> list(ApplicationState state, String rawApplicant, PageRequest page) {
        String a = CardRules.staffFilter(rawApplicant, "applicant");
        return ctx.jpa().read(em -> new BadgesStore(em).applications(state, a, page));
    }

    CardApplication approve(long id) {
        return decide(id, ApplicationState.APPROVED, null);
    }

    CardApplication reject(long id, String reason) {
        return decide(id, ApplicationState.REJECTED, CardRules.reason(reason, "reason"));
    }

    private CardApplication decide(long id, ApplicationState to, String reason) {
        return ctx.jpa().write(em -> {
            ApplicationEntity a = new BadgesStore(em).application(id).orElseThrow(() ->
                    new NotFoundException("No card application " + id));
            if (a.state() != ApplicationState.SUBMITTED) {
                throw new ConflictException("application-" + a.state().name().toLowerCase(java.util.Locale.ROOT),
                        "Card application " + id + " is " + a.state() + ": only a submitted one is decided");
            }
            a.decide(to, ctx.by(), reason, ctx.clock().instant());
            em.flush();
            ctx.audit().record(to == ApplicationState.APPROVED ? "badges.application.approve"
                    : "badges.application.reject", "card-application/" + id, null);
            return a.toApplication();
        });
    }
}
