package org.countyhall.windows.api;

import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;

/**
 * The window registry. Writes are transactional, audited and announced in the outbox ({@link WindowEvents});
 * they throw the exceptions of {@code org.countyhall.core.api.error}. Staff numbers are checked against the staff
 * directory when it is installed; otherwise they are stored unchecked and the records say so.
 */
@org.osgi.annotation.versioning.ProviderType // implemented by the registry only: new methods are minor
public interface WindowRegistry {

    Optional<Window> find(String number);

    /** Windows matching the query, ordered by number. */
    Page<Window> search(WindowQuery query, PageRequest page);

    Window create(WindowInput input);

    /** Replaces a window's details if {@code expectedVersion} is still current; the number cannot change. */
    Window update(String number, long expectedVersion, WindowInput input);

    /** Windows where the person holds any post (director, deputy, A or B), ordered by number. */
    List<Window> heldBy(String staffNumber);

    /**
     * As {@link #heldBy}, read under the registry's coverage lock, taken in the caller's transaction: until that
     * transaction ends no post can be given or taken, so the answer holds until the caller's own write commits
     * (the staff directory's departure check). Outside a transaction the lock ends with the call.
     */
    List<Window> heldByLocked(String staffNumber);

    /**
     * Granted leave that has not ended (last day today or later, centre's zone) and names the person as its
     * substitute (补岗), by first day.
     */
    List<Leave> coveredBy(String staffNumber);

    /** Puts {@code staffNumber} in a post, or empties it ({@code null}). */
    Window assign(String number, Post post, String staffNumber);

    Window setState(String number, WindowState state);

    /**
     * Empties every post the person holds (after their departure); the changed windows, none if nothing was held.
     * Idempotent: the registry calls it for each staff DEPARTED event, also for events it missed while absent.
     */
    List<Window> vacate(String staffNumber);

    /**
     * Empties the person's posts at windows of departments other than {@code department} (a transfer, 调动: staff
     * serve at the windows of their own department), each with its audit entry and UPDATED event; the windows
     * changed.
     */
    List<Window> vacateOutside(String staffNumber, String department);

    /**
     * Grants leave to a post holder (or anyone: leave of people without posts is recorded too). Refused (409) when a
     * window the person staffs would be left uncovered on one of the days, or when the leave is longer than the
     * configured working days (1, L845) on a window's calendar without a substitute qualified for its items.
     */
    Leave grantLeave(LeaveRequest request);

    /** Withdraws a leave. */
    void cancelLeave(long id);

    /** Leaves of a person (or everybody, {@code staffNumber} null) that include a day in [from, to]. */
    Page<Leave> leaves(String staffNumber, LocalDate from, LocalDate to, PageRequest page);

    /**
     * The same, limited to the people of one department as the staff directory knows them (what a department head
     * may read).
     *
     * @throws org.countyhall.core.api.error.UnavailableException the staff directory is not installed
     * @since 1.2
     */
    Page<Leave> leavesOfDepartment(String department, String staffNumber, LocalDate from, LocalDate to,
            PageRequest page);

    /** Open or paused windows that are within their calendar's hours at {@code at} and have nobody present. */
    List<Uncovered> uncoveredAt(Instant at);

    /** Open or paused windows that will have nobody on {@code day}, if it is a working day on their calendar. */
    List<Uncovered> unstaffedOn(LocalDate day);

    /** The public posting of a window; served from a snapshot at most the configured seconds old. */
    Optional<Posting> posting(String number);

    /** Public postings matching the query, ordered by number; same snapshot as {@link #posting(String)}. */
    Page<Posting> postings(WindowQuery query, PageRequest page);

    /** Imports windows from CSV (UTF-8 or GBK, {@code charset} null = detect): all rows or none. */
    ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun);
}
