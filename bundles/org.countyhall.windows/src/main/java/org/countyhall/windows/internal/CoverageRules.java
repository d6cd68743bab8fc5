package org.countyhall.windows.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import org.countyhall.core.api.calendar.WorkingCalendar;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.LeaveRequest;
import org.countyhall.windows.api.Uncovered;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowState;

/**
 * The A/B rules (L837, L845): during its calendar's working hours an open or paused window always has its A or B
 * staff, or the substitute of one of them, present. Leave longer than {@code maxDaysWithoutSubstitute} working days
 * on a window's calendar needs a substitute; a substitute, once named, must be qualified for all of the window's
 * items. Plain Java: no OSGi, no database.
 */
public final class CoverageRules {

    private final int maxDaysWithoutSubstitute;

    public CoverageRules(int maxDaysWithoutSubstitute) {
        this.maxDaysWithoutSubstitute = maxDaysWithoutSubstitute;
    }

    /** Working days of a leave of whole days [first, last] on a calendar. */
    public static int workingDays(WorkingCalendar calendar, LocalDate first, LocalDate last) {
        return calendar.workingDaysBetween(first, last.plusDays(1));
    }

    /** Who sits in for {@code holder} on {@code day}: the holder, their substitute, or nobody. */
    static Optional<String> present(String holder, LocalDate day, Collection<Leave> leaves) {
        if (holder == null) {
            return Optional.empty();
        }
        Optional<Leave> away = leaves.stream().filter(l -> l.staffNumber().equals(holder) && l.covers(day)).findFirst();
        if (away.isEmpty()) {
            return Optional.of(holder);
        }
        String sub = away.get().substitute();
        boolean subAway = sub == null || leaves.stream().anyMatch(l -> l.staffNumber().equals(sub) && l.covers(day));
        return subAway ? Optional.empty() : Optional.of(sub);
    }

    /** Why nobody staffs the window on {@code day}, or empty if somebody does. */
    static Optional<String> gap(Window w, LocalDate day, Collection<Leave> leaves) {
        if (present(w.a(), day, leaves).isPresent() || present(w.b(), day, leaves).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("A " + describe(w.a(), day, leaves) + "; B " + describe(w.b(), day, leaves));
    }

    private static String describe(String holder, LocalDate day, Collection<Leave> leaves) {
        if (holder == null) {
            return "not assigned";
        }
        Optional<Leave> away = leaves.stream().filter(l -> l.staffNumber().equals(holder) && l.covers(day)).findFirst();
        String sub = away.map(Leave::substitute).orElse(null);
        return holder + " on leave" + (sub == null ? " without substitute" : ", substitute " + sub + " on leave too");
    }

    /**
     * Open or paused windows whose calendar is no longer configured (removed from etc/org.countyhall.calendar.cfg
     * since): their hours are unknown, so the registry judges them by the hall's and says so in every coverage
     * report, rather than silently.
     */
    public static List<Uncovered> unknownCalendars(Collection<Window> windows, Collection<String> configured) {
        List<Uncovered> found = new ArrayList<>();
        for (Window w : windows) {
            if (w.state() != WindowState.CLOSED && !configured.contains(w.calendar())) {
                found.add(new Uncovered(w.number(), w.name(), "calendar '" + w.calendar() + "' is not configured: "
                        + "the hall's hours are assumed until the window's calendar or the calendar configuration is "
                        + "fixed"));
            }
        }
        return found;
    }

    /** Open or paused windows inside their calendar's hours at {@code at} with nobody present. */
    public List<Uncovered> uncoveredAt(Instant at, Collection<Window> windows, Collection<Leave> leaves,
            Function<String, WorkingCalendar> calendars) {
        List<Uncovered> found = new ArrayList<>();
        for (Window w : windows) {
            WorkingCalendar cal = calendars.apply(w.calendar());
            if (w.state() == WindowState.CLOSED || !cal.isOpen(at)) {
                continue; // closed windows and lunch, nights, weekends and holidays need nobody
            }
            LocalDate day = at.atZone(cal.zone()).toLocalDate();
            gap(w, day, leaves).ifPresent(why -> found.add(new Uncovered(w.number(), w.name(), why)));
        }
        return found;
    }

    /** Open or paused windows that will have nobody on {@code day}, a working day on their calendar. */
    public List<Uncovered> unstaffedOn(LocalDate day, Collection<Window> windows, Collection<Leave> leaves,
            Function<String, WorkingCalendar> calendars) {
        List<Uncovered> found = new ArrayList<>();
        for (Window w : windows) {
            if (w.state() != WindowState.CLOSED && calendars.apply(w.calendar()).isWorkingDay(day)) {
                gap(w, day, leaves).ifPresent(why -> found.add(new Uncovered(w.number(), w.name(), why)));
            }
        }
        return found;
    }

    /**
     * Why the leave cannot be granted, one sentence per problem; empty if it can. {@code held} are the windows where
     * the person holds the A or B post, {@code existing} the leaves already granted that overlap the request,
     * {@code qualifications} the substitute's item codes (empty if unknown: staff directory absent).
     */
    public List<String> refusals(LeaveRequest r, Collection<Window> held, Collection<Leave> existing,
            Function<String, WorkingCalendar> calendars, Optional<Set<String>> qualifications) {
        return refusals(r, held, List.of(), existing, calendars, qualifications);
    }

    /**
     * As above, where {@code covering} are the windows of people whose leave names the requester as their
     * substitute: those only need to stay staffed (the substitute taking leave too may leave them empty).
     */
    public List<String> refusals(LeaveRequest r, Collection<Window> held, Collection<Window> covering,
            Collection<Leave> existing, Function<String, WorkingCalendar> calendars,
            Optional<Set<String>> qualifications) {
        List<String> why = new ArrayList<>();
        List<Leave> after = new ArrayList<>(existing);
        after.add(new Leave(0, r.staffNumber(), r.firstDay(), r.lastDay(), r.substitute(), false, null, Instant.EPOCH));
        for (Window w : covering) {
            if (w.state() != WindowState.CLOSED && held.stream().noneMatch(h -> h.number().equals(w.number()))) {
                firstGap(w, r, calendars.apply(w.calendar()), after).ifPresent(why::add);
            }
        }
        for (Window w : held) {
            if (w.state() == WindowState.CLOSED) {
                continue;
            }
            WorkingCalendar cal = calendars.apply(w.calendar());
            int days = workingDays(cal, r.firstDay(), r.lastDay());
            if (days > maxDaysWithoutSubstitute && r.substitute() == null) {
                why.add("Leave of " + days + " working days from window " + w.number() + " needs a substitute (补岗)"
                        + " qualified for its items (more than " + maxDaysWithoutSubstitute + " working day)");
                continue;
            }
            // a named substitute must be able to do the job, however short the leave
            if (r.substitute() != null && qualifications.isPresent()) {
                Set<String> missing = new TreeSet<>(w.itemCodes());
                missing.removeAll(qualifications.get());
                if (!missing.isEmpty()) {
                    why.add("Substitute " + r.substitute() + " is not qualified for window " + w.number()
                            + "'s items " + String.join(", ", missing));
                    continue;
                }
            }
            firstGap(w, r, cal, after).ifPresent(why::add);
        }
        return why;
    }

    /**
     * Why a change of a window (a new window, its A or B post, its state or its calendar) cannot be made, or empty
     * if it can: from {@code today} on, on a working day of leave already granted to someone involved, {@code after}
     * would have nobody where {@code before} had somebody or needed nobody (L837: a window is never unmanned during
     * working hours). {@code before} is null for a new window. Days the window was already unstaffed on are not
     * blamed on the change, and a window left with no post holder at all but no leave involved is not this rule's
     * business: {@link #uncoveredAt} and the daily check report those.
     */
    public static Optional<String> assignmentGap(Window before, WorkingCalendar beforeCalendar, Window after,
            WorkingCalendar afterCalendar, LocalDate today, Collection<Leave> leaves) {
        if (after.state() == WindowState.CLOSED) {
            return Optional.empty();
        }
        Set<String> involved = new TreeSet<>();
        for (String p : new String[] {before == null ? null : before.a(), before == null ? null : before.b(), after.a(),
                after.b()}) {
            if (p != null) {
                involved.add(p);
            }
        }
        SortedSet<LocalDate> days = new TreeSet<>();
        for (Leave l : leaves) {
            if (involved.contains(l.staffNumber())) {
                for (LocalDate d = l.firstDay().isBefore(today) ? today : l.firstDay(); !d.isAfter(l.lastDay());
                        d = d.plusDays(1)) {
                    days.add(d);
                }
            }
        }
        for (LocalDate d : days) {
            if (!afterCalendar.isWorkingDay(d)) {
                continue;
            }
            // a new or closed window, or a day off on the old calendar, needed nobody: a gap there is the change's
            boolean neededBefore = before != null && before.state() != WindowState.CLOSED
                    && beforeCalendar.isWorkingDay(d);
            if (neededBefore && gap(before, d, leaves).isPresent()) {
                continue; // unstaffed already
            }
            Optional<String> gap = gap(after, d, leaves);
            if (gap.isPresent()) {
                return Optional.of("Window " + after.number() + " would be unstaffed on " + d + " (" + gap.get()
                        + "); name a substitute for that leave or choose someone else");
            }
        }
        return Optional.empty();
    }

    /** The first working day of the request on which the window would have nobody, as a sentence. */
    private static Optional<String> firstGap(Window w, LeaveRequest r, WorkingCalendar cal, Collection<Leave> after) {
        for (LocalDate d = r.firstDay(); !d.isAfter(r.lastDay()); d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                Optional<String> gap = gap(w, d, after);
                if (gap.isPresent()) {
                    return Optional.of("Window " + w.number() + " would be unstaffed on " + d + " (" + gap.get() + ")");
                }
            }
        }
        return Optional.empty();
    }
}
