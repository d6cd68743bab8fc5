package org.countyhall.windows.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.windows.api.Post;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowEvents;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.internal.store.WindowEntity;
import org.countyhall.windows.internal.store.WindowStore;
import org.countyhall.staff.api.StaffCheck;

/**
 * Changes to the registry: create, update, posts, state, and vacating a departed person's posts. Each is one
 * transaction that takes the coverage lock first, then the window, and writes its audit entry and outbox event.
 */
final class WindowWrites {

    private final WindowsContext ctx;
    private final CoverageGuard guard;

    WindowWrites(WindowsContext ctx) {
        this.ctx = ctx;
        this.guard = new CoverageGuard(ctx);
    }

    Window create(WindowInput input) {
        StaffCheck staff = ctx.staff().get();
        WindowInput in = valid(input, staff);
        return changing(store -> {
            CoverageGuard.stillActive(staff, "a", in.a(), "b", in.b());
            if (store.find(in.number()).isPresent()) {
                throw new ConflictException("duplicate-window-number", "Window " + in.number() + " exists already");
            }
            WindowEntity e = new WindowEntity(in.number());
            e.edit(in, staff.available(), ctx.clock().instant());
            guard.refuseGap(store, null, e.toWindow()); // A or B may be on granted leave already
            store.add(e);
            store.flush(); // a concurrent insert of the same number fails here: 409, not a 500 at commit
            ctx.audit().record("window.create", "window/" + in.number(), in.department());
            ctx.events().append(WindowEvents.CREATED, Map.of("windowNumber", in.number(),
                    "department", in.department()));
            return e.toWindow();
        });
    }

    Window update(String rawNumber, long expectedVersion, WindowInput input) {
        if (input == null) {
            throw new ValidationException("(body)", "required");
        }
        String number = WindowRules.key(rawNumber);
        StaffCheck staff = ctx.staff().get();
        WindowInput in = valid(new WindowInput(number, input.name(), input.type(), input.department(), input.hall(),
                input.floor(), input.calendar(), input.state(), input.director(), input.deputy(), input.a(),
                input.b(), input.complaintPhone(), input.complaintEmail(), input.itemCodes()), staff);
        return changing(store -> {
            CoverageGuard.stillActive(staff, "a", in.a(), "b", in.b());
            WindowEntity e = locked(store, number);
            if (e.version() != expectedVersion) {
                throw new ConflictException("stale-version", "Window " + number + " was changed meanwhile (now "
                        + "version " + e.version() + "); reload and try again");
            }
            Window before = e.toWindow();
            e.edit(in, staff.available(), ctx.clock().instant());
            guard.refuseGap(store, before, e.toWindow());
            store.flush();
            return changed(e, "window.update", null);
        });
    }

    Window assign(String rawNumber, Post post, String staffNumber) {
        String number = WindowRules.key(rawNumber);
        if (post == null) {
            throw new ValidationException("post", "required: DIRECTOR, DEPUTY, A or B");
        }
        List<FieldError> errors = new ArrayList<>();
        String person = WindowRules.staff(staffNumber, "staffNumber", errors);
        StaffCheck staff = ctx.staff().get();
        staff.active(person, "staffNumber", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // the coverage lock: leave of the new holder, or of their substitutes, is decided before or after
        return changing(store -> {
            if (post == Post.A || post == Post.B) {
                CoverageGuard.stillActive(staff, "staffNumber", person);
            }
            WindowEntity e = locked(store, number);
            Window before = e.toWindow();
            Post other = post == Post.A ? Post.B : post == Post.B ? Post.A : null;
            if (person != null && other != null && person.equalsIgnoreCase(String.valueOf(before.holder(other)))) {
                throw new ValidationException("staffNumber", person + " already holds the " + other + " post here");
            }
            e.assign(post, person, staff.available(), ctx.clock().instant());
            guard.refuseGap(store, before, e.toWindow());
            store.flush();
            return changed(e, "window.assign", post + "=" + (person == null ? "(none)" : person));
        });
    }

    Window setState(String rawNumber, WindowState state) {
        String number = WindowRules.key(rawNumber);
        if (state == null) {
            throw new ValidationException("state", "required: OPEN, PAUSED or CLOSED");
        }
        return changing(store -> {
            WindowEntity e = locked(store, number);
            Window before = e.toWindow();
            e.changeState(state, ctx.clock().instant());
            guard.refuseGap(store, before, e.toWindow());
            store.flush();
            return changed(e, "window.state", state.name());
        });
    }

    /** Empties every post of a person who left (staff's DEPARTED event). */
    List<Window> vacate(String rawStaffNumber) {
        return vacate(rawStaffNumber, null, "left");
    }

    /** Empties the person's posts at windows of other departments than {@code department} (staff's TRANSFERRED). */
    List<Window> vacateOutside(String rawStaffNumber, String department) {
        return vacate(rawStaffNumber, department, "moved to " + department);
    }

    private List<Window> vacate(String rawStaffNumber, String keepDepartment, String why) {
        String staffNumber = WindowRules.key(rawStaffNumber);
        if (staffNumber == null) {
            return List.of();
        }
        List<Window> done = ctx.jpa().write(em -> {
            WindowStore store = new WindowStore(em);
            // the same order as every other writer: the coverage lock, then the windows, then (events) the outbox
            store.lockCoverage();
            List<WindowEntity> locked = new ArrayList<>();
            store.heldBy(staffNumber).stream().filter(w -> !w.department().equals(keepDepartment))
                    .map(Window::number).sorted().forEach(n -> store.lock(n).ifPresent(locked::add));
            List<Window> changed = new ArrayList<>();
            for (WindowEntity e : locked) {
                for (Post p : Post.values()) {
                    if (staffNumber.equals(e.toWindow().holder(p))) {
                        e.assign(p, null, true, ctx.clock().instant());
                    }
                }
                store.flush();
                changed.add(changed(e, "window.vacate", staffNumber + " " + why));
            }
            return changed;
        });
        if (!done.isEmpty()) {
            ctx.windowsChanged().run();
        }
        return done;
    }

    /** One write under the coverage lock; the public postings hear of it once it committed. */
    private Window changing(Function<WindowStore, Window> work) {
        Window w = ctx.jpa().write(em -> {
            WindowStore store = new WindowStore(em);
            store.lockCoverage();
            return work.apply(store);
        });
        ctx.windowsChanged().run();
        return w;
    }

    private static WindowEntity locked(WindowStore store, String number) {
        return store.lock(number).orElseThrow(() -> new NotFoundException("No window " + number));
    }

    /** Audit entry and UPDATED event of a change to a window. */
    private Window changed(WindowEntity e, String action, String detail) {
        Window w = e.toWindow();
        ctx.audit().record(action, "window/" + w.number(), detail);
        ctx.events().append(WindowEvents.UPDATED, Map.of("windowNumber", w.number(), "department", w.department(),
                "state", w.state().name()));
        return w;
    }

    /** The input checked by WindowRules and against the staff directory (every error at once). */
    WindowInput valid(WindowInput input, StaffCheck staff) {
        if (input == null) {
            throw new ValidationException("(body)", "required");
        }
        WindowRules.Checked c = WindowRules.check(input, "", ctx.calendars().names());
        List<FieldError> errors = new ArrayList<>(c.errors());
        WindowInput in = c.input();
        staff.active(in.director(), "director", errors);
        staff.active(in.deputy(), "deputy", errors);
        staff.active(in.a(), "a", errors);
        staff.active(in.b(), "b", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return in;
    }
}
