package org.countyhall.badges.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The management office's card desk (domain §4). Writes are transactional, audited and announced in the outbox
 * ({@link BadgeEvents}); they throw core's exceptions: 400 invalid input or an issuance the eligibility policy
 * refuses, 403 a holder acting on another's card, 404 an unknown card, application, line or holder, 409 a state
 * that does not allow the step (every refusal names the state) or a stale version.
 */
@ProviderType
public interface BadgeOffice {

    /** The card with that printed number, or that chip UID. */
    Optional<Card> card(String numberOrChip);

    /** Cards matching the query, newest first. */
    Page<Card> cards(CardQuery query, PageRequest page);

    /**
     * Issues a card (L555–L559): refused unless the eligibility policy allows it, while the holder has an active or
     * found card (409), and for a chip UID in use (409). The reason is the holder's record: a lost card not yet
     * replaced makes it a replacement after loss, a damaged one after damage. The fee policy sets the deposit and
     * fee, each booked as a line of the holder's account. An approved application is used up.
     */
    Issued issue(IssueRequest request);

    /** Reports an active card lost (挂失): deactivated at once (L565, L591). 409 when it is not active (twice: 409). */
    Card reportLoss(String number);

    /** Reactivates a lost or found card (解挂, no fee) while no replacement was issued after it (409 otherwise). */
    Card reactivate(String number);

    /**
     * A lost card handed back to the office (L567, L573): FOUND before a replacement was issued, REVOKED after one
     * (the replacement is then the holder's card).
     */
    Card found(String number);

    /**
     * The holder hands a card in (leaving, or no longer needed; L575, L593): RETURNED, and the deposit refunded
     * when it was the holder's last card; or DAMAGED (no refund: a replacement for damage follows, the deposit
     * stays). Allowed for an active or found card.
     */
    Card hand(String number, boolean damaged);

    /** Submits a department head's application naming a person outside the main building (L556). */
    CardApplication apply(ApplicationInput input);

    Optional<CardApplication> application(long id);

    /** Applications, newest first, optionally of one state and/or one applicant. */
    Page<CardApplication> applications(ApplicationState state, String applicant, PageRequest page);

    /** The office approves a submitted application. */
    CardApplication approve(long id);

    /** The office rejects a submitted application, with a reason the department head reads. */
    CardApplication reject(long id, String reason);

    /** Records a finding of the daily check or of a round (L569, L563, L581); a violation is announced at once. */
    Finding record(FindingInput input);

    /** Findings, newest first, optionally of one day and/or one holder. */
    Page<Finding> findings(LocalDate day, String holder, PageRequest page);

    /**
     * The daily check (L569) for {@code day}: every loss found that day that no loss report preceded becomes a
     * LOSS_UNREPORTED event with the policy's points, once: checking a day again emits nothing twice. Answers the
     * findings it announced.
     */
    List<Finding> dailyCheck(LocalDate day);

    /**
     * The cards a person still has to hand in before leaving the main building (L575, L593): active ones, and lost
     * ones not replaced; {@code mainBuildingOnly} only those issued for working in the main building (a transfer
     * out of it: a card on an application stays valid).
     */
    List<Card> owed(String staffNumber, boolean mainBuildingOnly);

    /**
     * A holder left the main building (departure, or with {@code mainBuildingOnly} a transfer out of it) with cards
     * still owed: each is revoked and a fine (L577) booked against the holder for {@code fromUnit} (the unit they
     * left, whose payroll deducts it; null = the unit the card account knows), once per {@code source} (the staff
     * event) and card; a found card with the office is revoked without a fine. Answers the fine lines booked (none
     * when nothing was owed or the source was handled).
     */
    List<AccountLine> leftWithCards(String staffNumber, String source, LocalDate on, String fromUnit,
            boolean mainBuildingOnly);

    /** The holder's card account (404 for a person who never had a card). */
    Account account(String holder, PageRequest page);

    /** Cancels a line with a reversing line (lines are never edited); a line is reversed at most once (409). */
    AccountLine reverse(long lineId, String reason);

    /** The month's fines per unit and holder, net of reversals, for salary deduction (L577); {@code unit} null = all. */
    List<FineRow> fines(YearMonth month, String unit);

    /** Deposits, fees and refunds booked from {@code from} to {@code to} inclusive (a day, a month), for finance. */
    CashReport cash(LocalDate from, LocalDate to);

    /**
     * The public badges (L285) of a window's A and B staff: unit, name, photo, never the staff number. Shown only
     * when the centre opts in ({@code posting.showBadges}): otherwise, and for an unknown window, 404; 503 without
     * the window registry. From a snapshot at most {@code posting.maxAgeSeconds} old.
     */
    WindowBadges windowBadges(String window);

    /** The doors with their controllers' last sync, by door id. */
    List<Door> doors();

    /** Adds a door (409 for a door id or a controller already taken). */
    Door addDoor(DoorInput input);

    /**
     * The full card list of a door for its controller (the door's own device account; the office and admins too,
     * else 403), recorded as the controller's sync.
     */
    CardList cardList(String door);

    /** The card list's changes after {@code after} for a door's controller (same access), recorded as its sync. */
    CardChanges cardChanges(String door, long after);

    /** The photo of the badge at a window's post ({@code A} or {@code B}), under the same conditions. */
    Optional<org.countyhall.staff.api.Photo> badgePhoto(String window, String post);
}
