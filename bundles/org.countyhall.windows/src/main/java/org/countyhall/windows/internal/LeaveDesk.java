package org.countyhall.windows.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldChecks;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.UnavailableException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffQuery;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.LeaveRequest;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowEvents;
import org.countyhall.windows.internal.store.LeaveEntity;
import org.countyhall.windows.internal.store.WindowEntity;
import org.countyhall.windows.internal.store.WindowStore;
import org.countyhall.staff.api.StaffCheck;

/** Leave of window staff (L845): granted only while every window of the person stays covered; cancelled; listed. */
final class LeaveDesk {

    private final WindowsContext ctx;

    LeaveDesk(WindowsContext ctx) {
        this.ctx = ctx;
    }

    Leave grant(LeaveRequest r) {
        LeaveRequest req = valid(r);
        StaffCheck staff = ctx.staff().get();
        List<FieldError> errors = new ArrayList<>();
        staff.active(req.staffNumber(), "staffNumber", errors);
        staff.active(req.substitute(), "substitute", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Optional<Set<String>> qualifications = staff.qualifications(req.substitute());
        CoverageRules rules = ctx.coverageRules();
        return ctx.jpa().write(em -> {
            WindowStore store = new WindowStore(em);
            // first the registry's coverage lock: every other leave and change of posts is decided before or after
            // this one, never beside it (also leave of people without posts, and of substitutes)
            store.lockCoverage();
            CoverageGuard.stillActive(staff, "staffNumber", req.staffNumber(), "substitute", req.substitute());
            // then the windows this leave can empty: the person's own A/B posts, and those of people whose leave
            // names the person as substitute, in number order
            Set<String> own = new TreeSet<>(store.postsOf(req.staffNumber()));
            Set<String> covered = new TreeSet<>();
            for (Leave l : store.leavesOf(List.of(), req.firstDay(), req.lastDay())) {
                if (req.staffNumber().equals(l.substitute())) {
                    covered.addAll(store.postsOf(l.staffNumber()));
                }
            }
            Set<String> all = new TreeSet<>(own);
            all.addAll(covered);
            List<Window> held = new ArrayList<>();
            List<Window> covering = new ArrayList<>();
            for (String n : all) {
                Optional<Window> w = store.lock(n).map(WindowEntity::toWindow);
                if (w.isEmpty()) {
                    continue;
                }
                if (!own.contains(n)) {
                    covering.add(w.get());
                } else if (req.staffNumber().equals(w.get().a()) || req.staffNumber().equals(w.get().b())) {
                    held.add(w.get()); // still theirs now that it is locked (a reassignment may have just committed)
                }
            }
            // every leave in the period, read after the locks: the other post holders' and their substitutes'
            List<Leave> existing = store.leavesOf(List.of(), req.firstDay(), req.lastDay());
            if (existing.stream().anyMatch(l -> l.staffNumber().equals(req.staffNumber()))) {
                throw new ConflictException("leave-overlaps", req.staffNumber() + " already has leave in "
                        + req.firstDay() + ".." + req.lastDay());
            }
            List<String> refusals = rules.refusals(req, held, covering, existing, ctx::calendar, qualifications);
            if (!refusals.isEmpty()) {
                throw new ConflictException("leave-refused", String.join("; ", refusals));
            }
            LeaveEntity e = new LeaveEntity(req.staffNumber(), req.firstDay(), req.lastDay(), req.substitute(),
                    req.substitute() == null || staff.available(), req.reason(), ctx.clock().instant());
            store.add(e);
            store.flush();
            Leave leave = e.toLeave();
            ctx.audit().record("window.leave.grant", "leave/" + leave.id(), req.staffNumber() + " " + req.firstDay()
                    + ".." + req.lastDay() + (req.substitute() == null ? "" : ", substitute " + req.substitute()));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("leaveId", leave.id());
            payload.put("staffNumber", req.staffNumber());
            payload.put("firstDay", req.firstDay().toString());
            payload.put("lastDay", req.lastDay().toString());
            payload.put("substitute", req.substitute() == null ? "" : req.substitute());
            ctx.events().append(WindowEvents.LEAVE_GRANTED, payload);
            return leave;
        });
    }

    private LeaveRequest valid(LeaveRequest r) {
        if (r == null) {
            throw new ValidationException("(body)", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        String who = WindowRules.staff(r.staffNumber(), "staffNumber", errors);
        if (who == null) {
            errors.add(new FieldError("staffNumber", "required"));
        }
        String sub = WindowRules.staff(r.substitute(), "substitute", errors);
        if (sub != null && sub.equalsIgnoreCase(String.valueOf(who))) {
            errors.add(new FieldError("substitute", "must be someone else"));
        }
        if (r.firstDay() == null) {
            errors.add(new FieldError("firstDay", "required"));
        }
        if (r.lastDay() == null) {
            errors.add(new FieldError("lastDay", "required"));
        }
        if (r.firstDay() != null && r.lastDay() != null) {
            int maxDays = ctx.config().get().leave_maxDays();
            long days = ChronoUnit.DAYS.between(r.firstDay(), r.lastDay()) + 1;
            if (days < 1) {
                errors.add(new FieldError("lastDay", "must not be before firstDay"));
            } else if (days > maxDays) {
                errors.add(new FieldError("lastDay", "at most " + maxDays + " days of leave at once"));
            }
            if (r.firstDay().getYear() < 1900 || r.lastDay().getYear() > 2200) {
                errors.add(new FieldError("firstDay", "between 1900 and 2200"));
            }
        }
        String reason = FieldChecks.text(r.reason(), "reason", 200, false, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new LeaveRequest(who, r.firstDay(), r.lastDay(), sub, reason);
    }

    void cancel(long id) {
        ctx.jpa().write(em -> {
            WindowStore store = new WindowStore(em);
            LeaveEntity e = store.leave(id).orElseThrow(() -> new NotFoundException("No leave " + id));
            Leave l = e.toLeave();
            store.remove(e);
            store.flush();
            ctx.audit().record("window.leave.cancel", "leave/" + id, l.staffNumber());
            ctx.events().append(WindowEvents.LEAVE_CANCELLED, Map.of("leaveId", id, "staffNumber", l.staffNumber()));
            return null;
        });
    }

    /** Leaves that include a day in [from, to] (default: today and the 366 days after). */
    Page<Leave> leaves(String staffNumber, LocalDate from, LocalDate to, PageRequest page) {
        return inPeriod(from, to, (f, t) -> ctx.jpa().read(em -> new WindowStore(em).leaves(WindowRules.key(
                staffNumber), f, t, page)));
    }

    /** As {@link #leaves}, of the members of one department (a department head's view). */
    Page<Leave> leavesOfDepartment(StaffDirectory directory, String department, String staffNumber, LocalDate from,
            LocalDate to, PageRequest page) {
        return inPeriod(from, to, (f, t) -> {
            if (directory == null) {
                throw new UnavailableException("staff-directory-absent",
                        "staff directory not installed: the people of a department are unknown");
            }
            Set<String> people = members(directory, department);
            return ctx.jpa().read(em -> new WindowStore(em).leaves(WindowRules.key(staffNumber), people, f, t, page));
        });
    }

    private interface PeriodQuery {
        Page<Leave> run(LocalDate from, LocalDate to);
    }

    private Page<Leave> inPeriod(LocalDate from, LocalDate to, PeriodQuery query) {
        LocalDate f = from == null ? LocalDate.now(ctx.clock()) : from;
        LocalDate t = to == null ? f.plusDays(366) : to;
        if (t.isBefore(f)) {
            throw new ValidationException("to", "must not be before from");
        }
        return query.run(f, t);
    }

    /** Every member, in pages: a department may be larger than one page. */
    private static Set<String> members(StaffDirectory directory, String department) {
        Set<String> people = new HashSet<>();
        int offset = 0;
        while (true) {
            Page<StaffMember> members = directory.search(new StaffQuery(null, department, null, null, null),
                    PageRequest.of(offset, PageRequest.MAX_LIMIT));
            members.items().forEach(m -> people.add(m.number()));
            offset += members.items().size();
            if (members.items().isEmpty() || offset >= members.total()) {
                return people;
            }
        }
    }
}
