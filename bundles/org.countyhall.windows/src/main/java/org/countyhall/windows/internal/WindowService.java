package org.countyhall.windows.internal;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.calendar.WorkingCalendar;
import org.countyhall.core.api.calendar.WorkingCalendars;
import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldChecks;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.UnavailableException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffQuery;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.LeaveRequest;
import org.countyhall.windows.api.Post;
import org.countyhall.windows.api.Posting;
import org.countyhall.windows.api.Uncovered;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowEvents;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowQuery;
import org.countyhall.windows.api.WindowRegistry;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.internal.store.LeaveEntity;
import org.countyhall.windows.internal.store.WindowEntity;
import org.countyhall.windows.internal.store.WindowStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The window registry on JPA: every write is one transaction with its audit entry and outbox event. The staff
 * directory is optional: when it is absent, staff numbers are stored unchecked and the records say so.
 */
@Component(service = WindowRegistry.class, configurationPid = WindowsConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = WindowsConfig.class)
public final class WindowService implements WindowRegistry {

    /** The last day any leave can reach (validLeave keeps leave within 1900..2200). */
    private static final LocalDate LAST_DAY = LocalDate.of(2200, 12, 31);

    private final Jpa jpa;
    private final AuditLog audit;
    private final EventOutbox events;
    private final Clock clock;
    private final WorkingCalendars calendars;
    private final PostingCache postings;
    private volatile WindowsConfig config;

    // read once per call into a local variable: it may go away at any moment
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile StaffDirectory staffDirectory;

    @Activate
    public WindowService(@Reference(target = "(osgi.unit.name=windows)") JpaTemplate jpa, @Reference AuditLog audit,
            @Reference EventOutbox events, @Reference Clock clock, @Reference WorkingCalendars calendars,
            @Reference(target = "(domain=windows)") Schema schema, WindowsConfig config) {
        this.jpa = new Jpa(jpa);
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
        this.config = config;
        this.postings = new PostingCache(() -> this.jpa.read(em -> new WindowStore(em).all()), this::calendar, clock,
                config.posting_maxAgeSeconds());
    }

    @Modified
    void modified(WindowsConfig config) {
        this.config = config;
        postings.maxAge(config.posting_maxAgeSeconds());
    }

    /** The window's calendar; the hall's if its calendar was removed from the configuration since. */
    private WorkingCalendar calendar(String name) {
        return calendars.find(name).orElseGet(calendars::hall);
    }

    private StaffCheck staff() {
        return new StaffCheck(staffDirectory);
    }

    @Override
    public Optional<Window> find(String rawNumber) {
        String number = WindowRules.key(rawNumber);
        if (number == null || !WindowRules.NUMBER.matcher(number).matches()) {
            return Optional.empty();
        }
        return jpa.read(em -> new WindowStore(em).find(number).map(WindowEntity::toWindow));
    }

    @Override
    public Page<Window> search(WindowQuery query, PageRequest page) {
        return jpa.read(em -> new WindowStore(em).search(query == null ? WindowQuery.ALL : query, page));
    }

    @Override
    public Window create(WindowInput input) {
        StaffCheck staff = staff();
        WindowInput in = valid(input, staff);
        Window w = jpa.write(em -> {
            WindowStore store = new WindowStore(em);
            store.lockCoverage();
            stillActive(staff, "a", in.a(), "b", in.b());
            if (store.find(in.number()).isPresent()) {
                throw new ConflictException("duplicate-window-number", "Window " + in.number() + " exists already");
            }
            WindowEntity e = new WindowEntity(in.number());
            e.edit(in, staff.available(), clock.instant());
            refuseGap(store, null, e.toWindow()); // A or B may be on granted leave already
            store.add(e);
            store.flush(); // a concurrent insert of the same number fails here: 409, not a 500 at commit
            audit.record("window.create", "window/" + in.number(), in.department());
            events.append(WindowEvents.CREATED, Map.of("windowNumber", in.number(), "department", in.department()));
            return e.toWindow();
        });
        postings.invalidate();
        return w;
    }

    @Override
    public Window update(String rawNumber, long expectedVersion, WindowInput input) {
        if (input == null) {
            throw new ValidationException("(body)", "required");
        }
        String number = WindowRules.key(rawNumber);
        StaffCheck staff = staff();
        WindowInput in = valid(new WindowInput(number, input.name(), input.type(), input.department(), input.hall(),
                input.floor(), input.calendar(), input.state(), input.director(), input.deputy(), input.a(),
                input.b(), input.complaintPhone(), input.complaintEmail(), input.itemCodes()), staff);
        Window w = jpa.write(em -> {
            WindowStore store = new WindowStore(em);
            store.lockCoverage();
            stillActive(staff, "a", in.a(), "b", in.b());
            WindowEntity e = store.lock(number).orElseThrow(() -> notFound(number));
            if (e.version() != expectedVersion) {
                throw stale(number, e.version());
            }
            Window before = e.toWindow();
            e.edit(in, staff.available(), clock.instant());
            refuseGap(store, before, e.toWindow());
            store.flush();
            return changed(e, "window.update", null);
        });
        postings.invalidate();
        return w;
    }

    @Override
    public Window assign(String rawNumber, Post post, String staffNumber) {
        String number = WindowRules.key(rawNumber);
        if (post == null) {
            throw new ValidationException("post", "required: DIRECTOR, DEPUTY, A or B");
        }
        List<FieldError> errors = new ArrayList<>();
        String person = WindowRules.staff(staffNumber, "staffNumber", errors);
        StaffCheck staff = staff();
        staff.active(person, "staffNumber", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Window w = jpa.write(em -> {
            WindowStore store = new WindowStore(em);
            store.lockCoverage(); // leave of the new holder, or of their substitutes, is decided before or after
            if (post == Post.A || post == Post.B) {
                stillActive(staff, "staffNumber", person);
            }
            WindowEntity e = store.lock(number).orElseThrow(() -> notFound(number));
            Window before = e.toWindow();
            Post other = post == Post.A ? Post.B : post == Post.B ? Post.A : null;
            if (person != null && other != null && person.equalsIgnoreCase(String.valueOf(before.holder(other)))) {
                throw new ValidationException("staffNumber", person + " already holds the " + other + " post here");
            }
            e.assign(post, person, staff.available(), clock.instant());
            refuseGap(store, before, e.toWindow());
            store.flush();
            return changed(e, "window.assign", post + "=" + (person == null ? "(none)" : person));
        });
        postings.invalidate();
        return w;
    }

    @Override
    public Window setState(String rawNumber, WindowState state) {
        String number = WindowRules.key(rawNumber);
        if (state == null) {
            throw new ValidationException("state", "required: OPEN, PAUSED or CLOSED");
        }
        Window w = jpa.write(em -> {
            WindowStore store = new WindowStore(em);
            store.lockCoverage();
            WindowEntity e = store.lock(number).orElseThrow(() -> notFound(number));
            Window before = e.toWindow();
            e.changeState(state, clock.instant());
            refuseGap(store, before, e.toWindow());
            store.flush();
            return changed(e, "window.state", state.name());
        });
        postings.invalidate();
        return w;
    }

    @Override
    public List<Window> vacate(String rawStaffNumber) {
        String staffNumber = WindowRules.key(rawStaffNumber);
        if (staffNumber == null) {
            return List.of();
        }
        List<Window> changed = jpa.write(em -> {
            WindowStore store = new WindowStore(em);
            // the same order as every other writer: the coverage lock, then the windows, then (events) the outbox
            store.lockCoverage();
            List<WindowEntity> locked = new ArrayList<>();
            store.heldBy(staffNumber).stream().map(Window::number).sorted()
                    .forEach(n -> store.lock(n).ifPresent(locked::add));
            List<Window> done = new ArrayList<>();
            for (WindowEntity e : locked) {
                for (Post p : Post.values()) {
                    if (staffNumber.equals(e.toWindow().holder(p))) {
                        e.assign(p, null, true, clock.instant());
                    }
                }
                store.flush();
                done.add(changed(e, "window.vacate", staffNumber + " left"));
            }
            return done;
        });
        if (!changed.isEmpty()) {
            postings.invalidate();
        }
        return changed;
    }

    /**
     * Leave granted from yesterday (UTC) on: every leave a change from today on can concern, in any calendar's zone.
     * Read in the caller's transaction after the coverage lock.
     */
    private List<Leave> futureLeaves(WindowStore store) {
        return store.leavesOf(List.of(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1), LAST_DAY);
    }

    /**
     * Why changing {@code before} (null: a new window) into {@code after} would leave the window unstaffed during
     * leave already granted (that leave was judged against the old post holders).
     */
    private Optional<String> gapAfter(Window before, Window after, List<Leave> futureLeaves) {
        WorkingCalendar afterCal = calendar(after.calendar());
        WorkingCalendar beforeCal = before == null ? afterCal : calendar(before.calendar());
        LocalDate today = LocalDate.ofInstant(clock.instant(), afterCal.zone());
        return CoverageRules.assignmentGap(before, beforeCal, after, afterCal, today, futureLeaves);
    }

    private void refuseGap(WindowStore store, Window before, Window after) {
        gapAfter(before, after, futureLeaves(store)).ifPresent(why -> {
            throw new ConflictException("assignment-refused", why);
        });
    }

    /** Audit entry and UPDATED event of a change to a window. */
    private Window changed(WindowEntity e, String action, String detail) {
        Window w = e.toWindow();
        audit.record(action, "window/" + w.number(), detail);
        events.append(WindowEvents.UPDATED, Map.of("windowNumber", w.number(), "department", w.department(),
                "state", w.state().name()));
        return w;
    }

    @Override
    public Leave grantLeave(LeaveRequest r) {
        LeaveRequest req = validLeave(r);
        StaffCheck staff = staff();
        List<FieldError> errors = new ArrayList<>();
        staff.active(req.staffNumber(), "staffNumber", errors);
        staff.active(req.substitute(), "substitute", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Optional<Set<String>> qualifications = staff.qualifications(req.substitute());
        CoverageRules rules = new CoverageRules(config.leave_maxDaysWithoutSubstitute());
        Leave granted = jpa.write(em -> {
            WindowStore store = new WindowStore(em);
            // first the registry's coverage lock: every other leave and change of posts is decided before or after
            // this one, never beside it (also leave of people without posts, and of substitutes)
            store.lockCoverage();
            stillActive(staff, "staffNumber", req.staffNumber(), "substitute", req.substitute());
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
            List<String> refusals = rules.refusals(req, held, covering, existing, this::calendar, qualifications);
            if (!refusals.isEmpty()) {
                throw new ConflictException("leave-refused", String.join("; ", refusals));
            }
            LeaveEntity e = new LeaveEntity(req.staffNumber(), req.firstDay(), req.lastDay(), req.substitute(),
                    req.substitute() == null || staff.available(), req.reason(), clock.instant());
            store.add(e);
            store.flush();
            Leave leave = e.toLeave();
            audit.record("window.leave.grant", "leave/" + leave.id(), req.staffNumber() + " " + req.firstDay() + ".."
                    + req.lastDay() + (req.substitute() == null ? "" : ", substitute " + req.substitute()));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("leaveId", leave.id());
            payload.put("staffNumber", req.staffNumber());
            payload.put("firstDay", req.firstDay().toString());
            payload.put("lastDay", req.lastDay().toString());
            payload.put("substitute", req.substitute() == null ? "" : req.substitute());
            events.append(WindowEvents.LEAVE_GRANTED, payload);
            return leave;
        });
        return granted;
    }

    private LeaveRequest validLeave(LeaveRequest r) {
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
            long days = ChronoUnit.DAYS.between(r.firstDay(), r.lastDay()) + 1;
            if (days < 1) {
                errors.add(new FieldError("lastDay", "must not be before firstDay"));
            } else if (days > config.leave_maxDays()) {
                errors.add(new FieldError("lastDay", "at most " + config.leave_maxDays() + " days of leave at once"));
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

    @Override
    public void cancelLeave(long id) {
        jpa.write(em -> {
            WindowStore store = new WindowStore(em);
            LeaveEntity e = store.leave(id).orElseThrow(() -> new NotFoundException("No leave " + id));
            Leave l = e.toLeave();
            store.remove(e);
            store.flush();
            audit.record("window.leave.cancel", "leave/" + id, l.staffNumber());
            events.append(WindowEvents.LEAVE_CANCELLED, Map.of("leaveId", id, "staffNumber", l.staffNumber()));
            return null;
        });
    }

    @Override
    public Page<Leave> leaves(String staffNumber, LocalDate from, LocalDate to, PageRequest page) {
        LocalDate f = from == null ? LocalDate.now(clock) : from;
        LocalDate t = to == null ? f.plusDays(366) : to;
        if (t.isBefore(f)) {
            throw new ValidationException("to", "must not be before from");
        }
        String who = WindowRules.key(staffNumber);
        return jpa.read(em -> new WindowStore(em).leaves(who, f, t, page));
    }

    @Override
    public Page<Leave> leavesOfDepartment(String department, String staffNumber, LocalDate from, LocalDate to,
            PageRequest page) {
        LocalDate f = from == null ? LocalDate.now(clock) : from;
        LocalDate t = to == null ? f.plusDays(366) : to;
        if (t.isBefore(f)) {
            throw new ValidationException("to", "must not be before from");
        }
        StaffDirectory directory = staffDirectory;
        if (directory == null) {
            throw new UnavailableException("staff-directory-absent",
                    "staff directory not installed: the people of a department are unknown");
        }
        java.util.Set<String> people = new java.util.HashSet<>();
        int offset = 0;
        while (true) { // every member, in pages: a department may be larger than one page
            Page<StaffMember> members = directory.search(new StaffQuery(null, department, null, null, null),
                    PageRequest.of(offset, PageRequest.MAX_LIMIT));
            members.items().forEach(m -> people.add(m.number()));
            offset += members.items().size();
            if (members.items().isEmpty() || offset >= members.total()) {
                break;
            }
        }
        String who = WindowRules.key(staffNumber);
        return jpa.read(em -> new WindowStore(em).leaves(who, people, f, t, page));
    }

    @Override
    public List<Uncovered> uncoveredAt(Instant at) {
        Instant t = at == null ? clock.instant() : at;
        return jpa.read(em -> {
            WindowStore store = new WindowStore(em);
            List<Window> all = store.all();
            LocalDate day = t.atZone(calendars.hall().zone()).toLocalDate();
            // one day either side: named calendars may use another zone than the hall's
            List<Leave> leaves = store.leavesOf(List.of(), day.minusDays(1), day.plusDays(1));
            return new CoverageRules(config.leave_maxDaysWithoutSubstitute()).uncoveredAt(t, all, leaves,
                    this::calendar);
        });
    }

    @Override
    public List<Uncovered> unstaffedOn(LocalDate day) {
        return jpa.read(em -> {
            WindowStore store = new WindowStore(em);
            return new CoverageRules(config.leave_maxDaysWithoutSubstitute()).unstaffedOn(day, store.all(),
                    store.leavesOf(List.of(), day, day), this::calendar);
        });
    }

    @Override
    public Optional<Posting> posting(String rawNumber) {
        String number = WindowRules.key(rawNumber);
        return Optional.ofNullable(number == null ? null : postings.current().postings().get(number));
    }

    @Override
    public Page<Posting> postings(WindowQuery query, PageRequest page) {
        WindowQuery q = query == null ? WindowQuery.ALL : query;
        List<Posting> matches = postings.current().postings().values().stream()
                .filter(p -> q.type() == null || p.type() == q.type())
                .filter(p -> q.state() == null || p.state() == q.state())
                .filter(p -> q.department() == null || q.department().isBlank()
                        || p.department().equals(q.department().strip()))
                .filter(p -> q.itemCode() == null || q.itemCode().isBlank()
                        || p.itemCodes().contains(q.itemCode().strip()))
                .toList();
        List<Posting> items = matches.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(items, page.offset(), page.limit(), matches.size());
    }

    @Override
    public ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun) {
        StaffCheck staff = staff();
        WindowCsv.Parsed parsed = WindowCsv.parse(csv, charset, config.import_maxRows(), calendars.names());
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        for (WindowCsv.Line line : parsed.lines()) {
            String at = "line[" + line.line() + "].";
            WindowInput in = line.input();
            staff.active(in.director(), at + "director", errors);
            staff.active(in.deputy(), at + "deputy", errors);
            staff.active(in.a(), at + "a", errors);
            staff.active(in.b(), at + "b", errors);
        }
        String cs = parsed.charset().name();
        if (!errors.isEmpty()) {
            if (dryRun) {
                return new ImportReport(true, cs, parsed.rows(), 0, 0, errors, staff.notes());
            }
            throw new ValidationException(errors);
        }
        // a dry run only reads: no transaction, no locks
        EmFunction<int[]> work = em -> {
            WindowStore store = new WindowStore(em);
            if (!dryRun) {
                // the coverage lock first, then the windows in number order, as every other writer takes them
                store.lockCoverage();
                List<String> fieldsAndPeople = new ArrayList<>();
                for (WindowCsv.Line line : parsed.lines()) {
                    String at = "line[" + line.line() + "].";
                    fieldsAndPeople.addAll(Arrays.asList(at + "a", line.input().a(), at + "b", line.input().b()));
                }
                stillActive(staff, fieldsAndPeople.toArray(String[]::new));
                parsed.lines().stream().map(l -> l.input().number()).sorted().forEach(store::lock);
            }
            List<Leave> future = futureLeaves(store); // once for the whole file
            int created = 0;
            int updated = 0;
            List<FieldError> gaps = new ArrayList<>();
            for (WindowCsv.Line line : parsed.lines()) {
                WindowInput in = line.input();
                Optional<WindowEntity> found = store.find(in.number());
                if (found.isEmpty()) {
                    created++;
                    gapAfter(null, WindowRules.applied(null, in), future).ifPresent(why -> gaps.add(
                            new FieldError("line[" + line.line() + "]." + (in.a() != null ? "a" : "b"), why)));
                    if (!dryRun) {
                        WindowEntity e = new WindowEntity(in.number());
                        e.edit(in, staff.available(), clock.instant());
                        store.add(e);
                        events.append(WindowEvents.CREATED, Map.of("windowNumber", in.number(),
                                "department", in.department()));
                    }
                } else if (!sameAs(found.get().toWindow(), in)) {
                    updated++;
                    Window before = found.get().toWindow();
                    gapAfter(before, WindowRules.applied(before, in), future).ifPresent(why -> gaps.add(
                            new FieldError("line[" + line.line() + "]." + changedColumn(before, in), why)));
                    if (!dryRun) {
                        found.get().edit(in, staff.available(), clock.instant());
                        events.append(WindowEvents.UPDATED, Map.of("windowNumber", in.number(),
                                "department", in.department(), "state", in.state().name()));
                    }
                }
            }
            if (!gaps.isEmpty()) {
                throw new ValidationException(gaps); // a dry run reports them; a real import writes nothing
            }
            if (!dryRun) {
                store.flush();
                audit.record("window.import", "window", parsed.rows() + " rows: " + created + " created, " + updated
                        + " updated");
            }
            return new int[] {created, updated};
        };
        int[] counts;
        try {
            counts = dryRun ? jpa.read(work) : jpa.write(work);
        } catch (ValidationException e) {
            if (dryRun) {
                return new ImportReport(true, cs, parsed.rows(), 0, 0, e.errors(), staff.notes());
            }
            throw e;
        }
        if (!dryRun) {
            postings.invalidate();
        }
        return new ImportReport(dryRun, cs, parsed.rows(), counts[0], counts[1], List.of(), staff.notes());
    }

    /** The import column to blame for a gap: the first of a, b, state, calendar that the row changes. */
    private static String changedColumn(Window before, WindowInput in) {
        if (!Objects.equals(before.a(), in.a())) {
            return "a";
        }
        if (!Objects.equals(before.b(), in.b())) {
            return "b";
        }
        return before.state() != in.state() ? "state" : "calendar";
    }

    /** True if the stored window already has the imported values (the row is then left alone). */
    static boolean sameAs(Window w, WindowInput in) {
        return new WindowInput(w.number(), w.name(), w.type(), w.department(), w.hall(), w.floor(), w.calendar(),
                w.state(), w.director(), w.deputy(), w.a(), w.b(), w.complaintPhone(), w.complaintEmail(),
                w.itemCodes()).equals(in);
    }

    private WindowInput valid(WindowInput input, StaffCheck staff) {
        if (input == null) {
            throw new ValidationException("(body)", "required");
        }
        WindowRules.Checked c = WindowRules.check(input, "", calendars.names());
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

    private static NotFoundException notFound(String number) {
        return new NotFoundException("No window " + number);
    }

    private static ConflictException stale(String number, long version) {
        return new ConflictException("stale-version", "Window " + number + " was changed meanwhile (now version "
                + version + "); reload and try again");
    }

    @Override
    public List<Window> heldBy(String rawStaffNumber) {
        String staffNumber = WindowRules.key(rawStaffNumber);
        if (staffNumber == null || !WindowRules.STAFF.matcher(staffNumber).matches()) {
            return List.of();
        }
        return jpa.read(em -> new WindowStore(em).heldBy(staffNumber));
    }

    @Override
    public List<Leave> coveredBy(String rawStaffNumber) {
        String staffNumber = WindowRules.key(rawStaffNumber);
        if (staffNumber == null || !WindowRules.STAFF.matcher(staffNumber).matches()) {
            return List.of();
        }
        return jpa.read(em -> new WindowStore(em).leavesCoveredBy(staffNumber, LocalDate.now(clock)));
    }

    @Override
    public List<Window> heldByLocked(String rawStaffNumber) {
        String staffNumber = WindowRules.key(rawStaffNumber);
        if (staffNumber == null || !WindowRules.STAFF.matcher(staffNumber).matches()) {
            return List.of();
        }
        return jpa.write(em -> {
            WindowStore store = new WindowStore(em);
            store.lockCoverage();
            return store.heldBy(staffNumber);
        });
    }

    /**
     * Asks again, under the coverage lock, whether the people given posts are still active: a departure checks
     * their posts under the same lock ({@link #heldByLocked}), so none can leave between our check and our write.
     * Pairs of field name and staff number.
     */
    private static void stillActive(StaffCheck staff, String... fieldsAndPeople) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i + 1 < fieldsAndPeople.length; i += 2) {
            staff.active(fieldsAndPeople[i + 1], fieldsAndPeople[i], errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
