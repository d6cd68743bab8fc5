package org.countyhall.badges.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.countyhall.badges.api.Account;
import org.countyhall.badges.api.AccountLine;
import org.countyhall.badges.api.ApplicationInput;
import org.countyhall.badges.api.ApplicationState;
import org.countyhall.badges.api.BadgeEvents;
import org.countyhall.badges.api.Card;
import org.countyhall.badges.api.CardApplication;
import org.countyhall.badges.api.CardBasis;
import org.countyhall.badges.api.CardQuery;
import org.countyhall.badges.api.CardState;
import org.countyhall.badges.api.CashReport;
import org.countyhall.badges.api.FineRow;
import org.countyhall.badges.api.Finding;
import org.countyhall.badges.api.FindingInput;
import org.countyhall.badges.api.FindingKind;
import org.countyhall.badges.api.IssueReason;
import org.countyhall.badges.api.IssueRequest;
import org.countyhall.badges.api.Issued;
import org.countyhall.badges.api.LineKind;
import org.countyhall.badges.api.spi.CardFee;
import org.countyhall.badges.internal.store.ApplicationEntity;
import org.countyhall.badges.internal.store.CardEntity;
import org.countyhall.badges.internal.store.DoorEntity;
import org.countyhall.badges.internal.store.FindingEntity;
import org.countyhall.badges.internal.store.HolderEntity;
import org.countyhall.badges.internal.store.LineEntity;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.DomainException;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.ForbiddenException;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.Roles;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.StaffCheck;
import org.countyhall.testing.FakeStaffDirectory;
import org.countyhall.testing.JpaTestDatabase;
import org.countyhall.testing.RecordingAudit;
import org.countyhall.testing.RecordingOutbox;
import org.countyhall.testing.ShippedConfig;
import org.countyhall.testing.TestJpa;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The card desk's use cases through {@link BadgeService} on a real database (TestJpa) with recording audit and
 * outbox, with the rule's numbers (L555–L593): what each step commits, and that a refused one commits nothing.
 */
class BadgeServiceTest {

    @RegisterExtension
    static final JpaTestDatabase db = new JpaTestDatabase("badges", HolderEntity.class, CardEntity.class,
            ApplicationEntity.class, FindingEntity.class, LineEntity.class, DoorEntity.class);

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Actor OFFICE = new Actor("clerk", "S900", Set.of(Roles.OFFICE));
    private static final Actor HEAD = new Actor("head", "S800", Set.of(Roles.DEPT_HEAD));

    /** A clock the test moves forward. */
    static final class TestClock extends Clock {
        volatile Instant now = Instant.parse("2026-12-04T02:00:00Z"); // 10:00 in the hall

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final TestClock clock = new TestClock();
    private TestJpa jpa;
    private RecordingAudit audit;
    private RecordingOutbox outbox;
    private FakeStaffDirectory directory;
    private BadgeService badges;
    private volatile Actor actor = OFFICE;

    @BeforeEach
    void freshDesk() {
        db.deleteAll("BADGES_CARD_CHANGE", "BADGES_DOOR", "BADGES_LINE", "BADGES_FINDING", "BADGES_APPLICATION", "BADGES_CARD", "BADGES_HOLDER");
        jpa = new TestJpa(db);
        audit = new RecordingAudit(jpa);
        outbox = new RecordingOutbox(jpa);
        directory = new FakeStaffDirectory().person("S001", "政务服务中心", Building.MAIN)
                .person("S002", "税务局", Building.MAIN).person("L001", "后勤服务公司", Building.OTHER)
                .person("S800", "后勤服务公司", Building.OTHER);
        badges = new BadgeService(jpa, audit, outbox, clock, ShippedConfig.defaults(BadgesConfig.class, Map.of()),
                directory, () -> actor);
    }

    private Issued issue(String holder, String chip) {
        return badges.issue(new IssueRequest(holder, chip, null, null, null));
    }

    private void nothingCommitted(Runnable refused, Class<? extends DomainException> type) {
        int commits = jpa.commits();
        int events = outbox.events().size();
        int entries = audit.entries().size();
        assertThrows(type, refused::run);
        assertEquals(commits, jpa.commits());
        assertEquals(events, outbox.events().size());
        assertEquals(entries, audit.entries().size());
    }

    @Test
    void l559TheFirstCardTakesA10YuanDepositBookedInTheHoldersAccount() {
        Issued i = issue("s001", "04a1b2c3");

        Card c = i.card();
        assertTrue(c.number().matches("C\\d{6,}"), c.number());
        assertEquals("04A1B2C3", c.chipUid());
        assertEquals("S001", c.holder());
        assertEquals("职员S001", c.holderName());
        assertEquals("政务服务中心", c.unit());
        assertEquals(CardState.ACTIVE, c.state());
        assertEquals(CardBasis.MAIN_BUILDING, c.basis());
        assertEquals(IssueReason.NEW, c.reason());
        assertEquals(1, c.issuance());
        assertTrue(c.staffChecked());
        assertEquals(1000, i.depositFen());
        assertEquals(0, i.feeFen());
        assertEquals(List.of(), i.notes());
        Account a = badges.account("S001", PageRequest.of(0, 10));
        assertEquals(1000, a.depositHeldFen());
        assertEquals(1000, a.balanceFen());
        assertEquals(1, a.lines().total());
        assertEquals(LineKind.DEPOSIT, a.lines().items().get(0).kind());
        assertEquals("clerk", a.lines().items().get(0).by());
        assertEquals(List.of(BadgeEvents.LINE_BOOKED, BadgeEvents.CARD_ISSUED), outbox.topics());
        assertEquals(Map.of("cardNumber", c.number(), "chipUid", "04A1B2C3", "staffNumber", "S001", "reason", "NEW",
                "issuance", 1), outbox.events().get(1).payload());
        assertEquals(List.of("badges.card.issue"), audit.actions());
        assertEquals(c, badges.card(c.number()).orElseThrow());
        assertEquals(c, badges.card("04:A1:B2:C3").orElseThrow());
    }

    @Test
    void l559ReplacementsCost20Then50AfterALossAnd20ForDamageWithoutANewDeposit() {
        Card first = issue("S001", "AAAA0001").card();
        badges.reportLoss(first.number());
        Issued second = issue("S001", "AAAA0002");
        assertEquals(IssueReason.LOSS, second.card().reason());
        assertEquals(2, second.card().issuance());
        assertEquals(first.number(), second.card().replaces());
        assertEquals(0, second.depositFen());
        assertEquals(2000, second.feeFen());

        badges.reportLoss(second.card().number());
        Issued third = issue("S001", "AAAA0003");
        assertEquals(5000, third.feeFen());
        assertEquals(0, third.depositFen());

        badges.hand(third.card().number(), true);
        assertEquals(CardState.DAMAGED, badges.card(third.card().number()).orElseThrow().state());
        Issued fourth = issue("S001", "AAAA0004");
        assertEquals(IssueReason.DAMAGE, fourth.card().reason());
        assertEquals(2000, fourth.feeFen());

        badges.reportLoss(fourth.card().number());
        assertEquals(5000, issue("S001", "AAAA0005").feeFen());

        Account a = badges.account("S001", PageRequest.of(0, 50));
        assertEquals(1000, a.depositHeldFen());
        assertEquals(2000 + 5000 + 2000 + 5000, a.feesFen());
        assertEquals(0, a.finesFen());
        assertEquals(15000, a.balanceFen());
        assertEquals(a.lines().items().stream().mapToLong(AccountLine::amountFen).sum(), a.balanceFen());
        assertEquals(5, a.lines().total());
    }

    @Test
    void l565ALossDeactivatesAtOnceAndReportingItTwiceIsA409ThatChangesNothing() {
        Card c = issue("S001", "BBBB0001").card();
        Card lost = badges.reportLoss(c.number());
        assertEquals(CardState.LOST, lost.state());
        assertEquals(Map.of("cardNumber", c.number(), "chipUid", "BBBB0001", "staffNumber", "S001", "from", "ACTIVE",
                "to", "LOST"), outbox.events().get(outbox.events().size() - 1).payload());
        nothingCommitted(() -> badges.reportLoss(c.number()), ConflictException.class);
        assertEquals("card-already-lost", assertThrows(ConflictException.class, () -> badges.reportLoss(c.number()))
                .code());
        assertThrows(NotFoundException.class, () -> badges.reportLoss("C999999"));
    }

    @Test
    void l567ACardFoundBeforeAReplacementIsReactivatedWithoutAFeeAndAfterOneIsRevoked() {
        Card c = issue("S001", "CCCC0001").card();
        badges.reportLoss(c.number());
        assertEquals(CardState.FOUND, badges.found(c.number()).state());
        int lines = (int) badges.account("S001", PageRequest.of(0, 10)).lines().total();
        assertEquals(CardState.ACTIVE, badges.reactivate(c.number()).state());
        assertEquals(lines, badges.account("S001", PageRequest.of(0, 10)).lines().total()); // 解挂: no fee

        badges.reportLoss(c.number());
        Card replacement = issue("S001", "CCCC0002").card();
        assertEquals("card-replaced", assertThrows(ConflictException.class, () -> badges.reactivate(c.number())).code());
        assertEquals(CardState.REVOKED, badges.found(c.number()).state()); // L573: handed back, revoked
        assertEquals(CardState.ACTIVE, badges.card(replacement.number()).orElseThrow().state());
        // the 工本费 of the replacement is not refunded when the lost card turns up
        assertEquals(2000, badges.account("S001", PageRequest.of(0, 10)).feesFen());
    }

    @Test
    void aFoundCardIsReactivatedNotReplaced() {
        Card c = issue("S001", "CCCC1001").card();
        badges.reportLoss(c.number());
        badges.found(c.number());
        ConflictException e = assertThrows(ConflictException.class, () -> issue("S001", "CCCC1002"));
        assertEquals("card-found", e.code());
        assertEquals("card-active", assertThrows(ConflictException.class, () -> {
            badges.reactivate(c.number());
            issue("S001", "CCCC1003");
        }).code());
    }

    @Test
    void theDepositIsRefundedWhenTheLastCardIsHandedInInGoodOrderAndTakenAgainForANewCard() {
        Card c = issue("S001", "DDDD0001").card();
        assertEquals(CardState.RETURNED, badges.hand(c.number(), false).state());
        Account a = badges.account("S001", PageRequest.of(0, 10));
        assertEquals(0, a.depositHeldFen());
        assertEquals(0, a.balanceFen());
        assertEquals(LineKind.REFUND, a.lines().items().get(0).kind());
        assertEquals(-1000, a.lines().items().get(0).amountFen());
        // the chip of a returned card may be issued again, here to another person
        Issued again = issue("S002", "DDDD0001");
        assertEquals(1000, again.depositFen());
        Issued back = issue("S001", "DDDD0002");
        assertEquals(IssueReason.NEW, back.card().reason());
        assertEquals(2, back.card().issuance());
        assertEquals(1000, back.depositFen());
    }

    @Test
    void aDamagedCardHandedInRefundsNothing() {
        Card c = issue("S001", "DDDD1001").card();
        badges.hand(c.number(), true);
        assertEquals(1000, badges.account("S001", PageRequest.of(0, 10)).depositHeldFen());
    }

    @Test
    void l555L557OutsideTheMainBuildingACardNeedsTheDepartmentHeadsApprovedApplication() {
        ValidationException refused = assertThrows(ValidationException.class, () -> issue("L001", "EEEE0001"));
        assertEquals("holder", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().contains("application"), refused.errors().get(0).message());

        actor = HEAD;
        CardApplication a = badges.apply(new ApplicationInput("l001", null, null, "仓库夜间值班需进出主楼"));
        assertEquals(ApplicationState.SUBMITTED, a.state());
        assertEquals("head", a.submittedBy());
        assertEquals("后勤服务公司", a.unit());
        assertEquals("application-open", assertThrows(ConflictException.class,
                () -> badges.apply(new ApplicationInput("L001", null, null, "again"))).code());
        assertThrows(ValidationException.class, () -> issue("L001", "EEEE0001"), "submitted is not approved");

        actor = OFFICE;
        assertEquals(ApplicationState.APPROVED, badges.approve(a.id()).state());
        assertEquals("application-approved", assertThrows(ConflictException.class, () -> badges.approve(a.id())).code());
        Card c = issue("L001", "EEEE0001").card();
        assertEquals(CardBasis.APPLICATION, c.basis());
        CardApplication used = badges.application(a.id()).orElseThrow();
        assertEquals(ApplicationState.USED, used.state());
        assertEquals(c.number(), used.cardNumber());
        // a replacement after loss keeps the application's basis without a new application
        badges.reportLoss(c.number());
        assertEquals(CardBasis.APPLICATION, issue("L001", "EEEE0002").card().basis());
        assertEquals(1, badges.applications(ApplicationState.USED, "L001", PageRequest.of(0, 10)).total());
    }

    @Test
    void l556ADepartmentHeadAppliesForTheirOwnDepartmentOnly() {
        actor = new Actor("taxhead", "S002", Set.of(Roles.DEPT_HEAD)); // 税务局, not 后勤服务公司
        assertEquals("not-your-department", assertThrows(ForbiddenException.class,
                () -> badges.apply(new ApplicationInput("L001", null, null, "值班"))).code());
        actor = new Actor("nobody", null, Set.of(Roles.DEPT_HEAD));
        assertThrows(ForbiddenException.class, () -> badges.apply(new ApplicationInput("L001", null, null, "值班")));
        actor = OFFICE; // the office may file one for a department
        assertEquals(ApplicationState.SUBMITTED, badges.apply(new ApplicationInput("L001", null, null, "值班")).state());
    }

    @Test
    void anApplicationIsRejectedWithAReasonAndNotNeededInTheMainBuilding() {
        actor = HEAD;
        CardApplication a = badges.apply(new ApplicationInput("L001", null, null, "需要"));
        ValidationException main = assertThrows(ValidationException.class,
                () -> badges.apply(new ApplicationInput("S001", null, null, "需要")));
        assertTrue(main.errors().get(0).message().contains("main building"));
        actor = OFFICE;
        assertEquals("reason", assertThrows(ValidationException.class, () -> badges.reject(a.id(), " "))
                .errors().get(0).field());
        CardApplication r = badges.reject(a.id(), "仅限主楼");
        assertEquals(ApplicationState.REJECTED, r.state());
        assertEquals("仅限主楼", r.decision());
        assertThrows(ValidationException.class, () -> issue("L001", "EEEE1001"));
        actor = HEAD;
        assertEquals(ApplicationState.SUBMITTED, badges.apply(new ApplicationInput("L001", null, null, "再次")).state());
    }

    @Test
    void withoutTheStaffDirectoryTheOfficeStatesThePersonAndTheCardSaysSo() {
        badges.directory(null);
        ValidationException e = assertThrows(ValidationException.class, () -> issue("S050", "FFFF0001"));
        assertEquals(Set.of("name", "unit", "building"), e.errors().stream().map(FieldError::field)
                .collect(java.util.stream.Collectors.toSet()));
        Issued i = badges.issue(new IssueRequest("S050", "FFFF0001", "李四", "县公安局", Building.MAIN));
        assertFalse(i.card().staffChecked());
        assertEquals(List.of(StaffCheck.NOT_INSTALLED), i.notes());
        assertEquals("李四", i.card().holderName());
        assertThrows(ValidationException.class, () -> badges.issue(new IssueRequest("S051", "FFFF0002", "王五",
                "物业", Building.OTHER)));
    }

    @Test
    void theDirectoryRefusesUnknownAndDepartedPeopleAndBadInputIsEveryFieldAtOnce() {
        assertEquals("holder", assertThrows(ValidationException.class, () -> issue("S404", "AB12CD34")).errors()
                .get(0).field());
        directory.left("S002");
        assertTrue(assertThrows(ValidationException.class, () -> issue("S002", "AB12CD34")).errors().get(0)
                .message().contains("left"));
        ValidationException both = assertThrows(ValidationException.class, () -> issue("", "xyz"));
        assertEquals(2, both.errors().size());
        nothingCommitted(() -> issue("S001", "12"), ValidationException.class);
    }

    @Test
    void aChipInAnotherLiveCardIsRefused() {
        issue("S001", "12345678");
        ConflictException e = assertThrows(ConflictException.class, () -> issue("S002", "12345678"));
        assertEquals("chip-in-use", e.code());
    }

    @Test
    void twoSimultaneousIssuancesForOnePersonMakeOneActiveCard() throws Exception {
        List<String> outcomes = concurrently(8, i -> issue("S001", String.format("%08X", 0x1000 + i)).card().number());
        assertEquals(1, outcomes.stream().filter(o -> o.startsWith("C")).count(), outcomes.toString());
        assertEquals(1, badges.cards(new CardQuery("S001", CardState.ACTIVE, null), PageRequest.of(0, 10)).total());
        assertEquals(1, badges.account("S001", PageRequest.of(0, 10)).lines().total());
        // and once the person has a card, two more at once are both refused
        List<String> more = concurrently(2, i -> issue("S001", String.format("%08X", 0x2000 + i)).card().number());
        assertEquals(List.of("card-active", "card-active"), more);
    }

    @Test
    void cardNumbersAreUniqueUnder16ConcurrentClerks() throws Exception {
        for (int i = 0; i < 16; i++) {
            directory.person("P" + i, "政务服务中心", Building.MAIN);
        }
        List<String> numbers = concurrently(16, i -> issue("P" + i, String.format("%08X", 0x3000 + i)).card()
                .number());
        assertEquals(16, new HashSet<>(numbers).size(), numbers.toString());
        assertTrue(numbers.stream().allMatch(n -> n.matches("C\\d{6,}")), numbers.toString());
    }

    @Test
    void clerksIssuingForDifferentPeopleAtOnceAreNeverRefusedAndTheNumbersHaveNoGaps() throws Exception {
        badges.directory(null); // the office states each holder: 8 clerks × 40 new people
        List<String> numbers = concurrently(8, t -> {
            StringBuilder mine = new StringBuilder();
            for (int n = 0; n < 40; n++) {
                mine.append(badges.issue(new IssueRequest("T" + t + "-" + n, String.format("%02X%06X", 0x50 + t, n),
                        "职员", "政务服务中心", Building.MAIN)).card().number()).append(' ');
            }
            return mine.toString();
        });
        List<Long> all = numbers.stream().flatMap(s -> java.util.Arrays.stream(s.trim().split(" ")))
                .map(n -> n.startsWith("C") ? Long.parseLong(n.substring(1)) : -1L).sorted().toList();
        assertEquals(320, all.size(), numbers.toString());
        assertEquals(320, new HashSet<>(all).size());
        assertEquals(319, all.get(319) - all.get(0), "consecutive: " + all); // no gaps, no duplicates
    }

    @Test
    void windowStaffReportOnlyTheirOwnCardLost() {
        Card mine = issue("S002", "ABCD0001").card();
        Card other = issue("S001", "ABCD0002").card();
        actor = new Actor("teller", "S002", Set.of(Roles.WINDOW));
        assertEquals("not-your-card", assertThrows(ForbiddenException.class, () -> badges.reportLoss(other.number()))
                .code());
        assertEquals(CardState.LOST, badges.reportLoss(mine.number()).state());
    }

    @Test
    void l569AnUnreportedLossCosts10PointsInTheMonthOfTheFindingAnnouncedOnce() {
        Card found = issue("S001", "ABCD1001").card();
        Card missing = issue("S002", "ABCD1002").card();
        Finding f = badges.record(new FindingInput(FindingKind.CARD_FOUND, found.number(), null, null, "大厅座椅下"));
        assertEquals(Boolean.FALSE, f.lossReported());
        assertEquals("S001", f.holder());
        assertEquals(CardState.FOUND, badges.card(found.number()).orElseThrow().state()); // deactivated at once
        Finding m = badges.record(new FindingInput(FindingKind.CARD_MISSING, null, "S002", null, null));
        assertEquals(CardState.LOST, badges.card(missing.number()).orElseThrow().state());
        assertEquals(Boolean.FALSE, m.lossReported());

        outbox.clear();
        LocalDate today = LocalDate.of(2026, 12, 4);
        List<Finding> announced = badges.dailyCheck(today);
        assertEquals(2, announced.size());
        assertEquals(List.of(BadgeEvents.LOSS_UNREPORTED, BadgeEvents.LOSS_UNREPORTED), outbox.topics());
        assertEquals(Map.of("staffNumber", "S001", "month", "2026-12", "points", 10, "findingId", f.id(),
                "day", "2026-12-04"), outbox.events().get(0).payload());
        assertEquals(10, badges.findings(today, "S001", PageRequest.of(0, 10)).items().get(0).points());
        assertEquals(today, badges.findings(today, "S001", PageRequest.of(0, 10)).items().get(0).checkedOn());

        assertEquals(List.of(), badges.dailyCheck(today)); // checking the same day twice emits nothing twice
        assertEquals(2, outbox.events().size());
    }

    @Test
    void l569ALossReportedBeforeItsFindingCostsNothingAndAViolationIsAnnouncedAtOnce() {
        Card c = issue("S001", "ABCD2001").card();
        badges.reportLoss(c.number());
        clock.advance(Duration.ofHours(1));
        Finding f = badges.record(new FindingInput(FindingKind.CARD_FOUND, "ABCD2001", null, null, null));
        assertEquals(Boolean.TRUE, f.lossReported());
        assertEquals(CardState.FOUND, badges.card(c.number()).orElseThrow().state());
        Finding lent = badges.record(new FindingInput(FindingKind.LENDING, c.number(), null, null, "他人持卡进门"));
        assertNull(lent.lossReported());
        assertEquals(Map.of("staffNumber", "S001", "kind", "LENDING", "day", "2026-12-04", "findingId", lent.id()),
                outbox.events().get(outbox.events().size() - 1).payload());
        outbox.clear();
        assertEquals(List.of(), badges.dailyCheck(LocalDate.of(2026, 12, 4)));
        assertEquals(List.of(), outbox.topics());
        assertEquals("kind", assertThrows(ValidationException.class,
                () -> badges.record(new FindingInput(null, null, "S001", null, null))).errors().get(0).field());
        assertEquals("at", assertThrows(ValidationException.class, () -> badges.record(new FindingInput(
                FindingKind.NOT_WORN, null, "S001", clock.instant().plusSeconds(60), null))).errors().get(0).field());
    }

    @Test
    void aHigherRankedPolicyChangesTheNextFeeAndThePointsAndTheDefaultComesBack() {
        badges.policies(null, r -> new CardFee(3000, 0, "local deposit"), (s, d) -> 5);
        assertEquals(3000, issue("S001", "ABCD3001").depositFen());
        Card c = issue("S002", "ABCD3002").card();
        badges.record(new FindingInput(FindingKind.CARD_FOUND, c.number(), null, null, null));
        assertEquals(5, badges.dailyCheck(LocalDate.of(2026, 12, 4)).get(0).points());
        DefaultPolicies defaults = new DefaultPolicies(() -> ShippedConfig.defaults(BadgesConfig.class, Map.of()));
        badges.policies(defaults, defaults, defaults);
        directory.person("S003", "政务服务中心", Building.MAIN);
        assertEquals(1000, issue("S003", "ABCD3003").depositFen());
    }

    @Test
    void l593L577ADepartureWaitsForTheCardAndOneThatWentAheadCosts100YuanOnce() {
        Card c = issue("S001", "ABCD4001").card();
        assertEquals(List.of(c.number()), badges.owed("S001", false).stream().map(Card::number).toList());
        BadgesDepartureCheck check = new BadgesDepartureCheck(badges);
        assertEquals(1, check.vetoes("S001").size());
        assertTrue(check.vetoes("S001").get(0).contains(c.number()));
        assertEquals(List.of(), check.vetoes("S002"));

        List<AccountLine> fines = badges.leftWithCards("S001", "staff-event:e1", LocalDate.of(2026, 12, 4), null, false);
        assertEquals(1, fines.size());
        assertEquals(LineKind.FINE, fines.get(0).kind());
        assertEquals(10000, fines.get(0).amountFen());
        assertEquals(CardState.REVOKED, badges.card(c.number()).orElseThrow().state());
        assertEquals(List.of(), badges.leftWithCards("S001", "staff-event:e1", LocalDate.of(2026, 12, 4), null, false));
        assertEquals(List.of(), check.vetoes("S001"));
        Account a = badges.account("S001", PageRequest.of(0, 10));
        assertEquals(10000, a.finesFen());
        assertEquals(11000, a.balanceFen());

        List<FineRow> month = badges.fines(YearMonth.of(2026, 12), null);
        assertEquals(List.of(new FineRow("政务服务中心", "S001", "职员S001", 1, 10000)), month);
        assertEquals(List.of(), badges.fines(YearMonth.of(2026, 12), "税务局"));

        // the card comes back later: the office reverses the fine with a reason
        AccountLine reversal = badges.reverse(fines.get(0).id(), "卡已交回");
        assertEquals(-10000, reversal.amountFen());
        assertEquals(fines.get(0).id(), reversal.reverses());
        assertEquals(Map.of("staffNumber", "S001", "lineId", reversal.id(), "kind", "REVERSAL", "amountFen", -10000L,
                "reverses", fines.get(0).id()), outbox.events().get(outbox.events().size() - 1).payload());
        assertEquals("line-reversed", assertThrows(ConflictException.class,
                () -> badges.reverse(fines.get(0).id(), "again")).code());
        assertEquals("line-is-reversal", assertThrows(ConflictException.class,
                () -> badges.reverse(reversal.id(), "again")).code());
        Account after = badges.account("S001", PageRequest.of(0, 10));
        assertEquals(0, after.finesFen());
        assertEquals(reversal.id(), after.lines().items().get(1).reversedBy());
        assertEquals(List.of(new FineRow("政务服务中心", "S001", "职员S001", 1, 0)),
                badges.fines(YearMonth.of(2026, 12), null));
    }

    @Test
    void l575ATransferOutOfTheMainBuildingWaitsForAMainBuildingCardOnly() {
        Card c = issue("S001", "ABCD5001").card();
        BadgesTransferCheck check = new BadgesTransferCheck(badges);
        assertEquals(1, check.vetoes("S001", "后勤服务公司", Building.OTHER).size());
        assertEquals(List.of(), check.vetoes("S001", "税务局", Building.MAIN));
        assertEquals(List.of(), check.vetoes("S001", "税务局", null));
        badges.hand(c.number(), false);
        assertEquals(List.of(), check.vetoes("S001", "后勤服务公司", Building.OTHER));
    }

    @Test
    void aLostCardNotReplacedIsOwedAndCostsTheFineWhenTheDepartureIsForced() {
        Card c = issue("S001", "ABCD6001").card();
        badges.reportLoss(c.number());
        assertTrue(new BadgesDepartureCheck(badges).vetoes("S001").get(0).contains("reported lost"));
        assertEquals(1, badges.leftWithCards("S001", "staff-event:e2", LocalDate.of(2026, 12, 4), null, false).size());
        assertEquals(List.of(), badges.leftWithCards("S002", "staff-event:e3", LocalDate.of(2026, 12, 4), null, false));
    }

    @Test
    void l577TheFineGoesToTheUnitThePersonLeftAndAFoundCardIsRevokedWithoutOne() {
        Card c = issue("S001", "ABCD9001").card();
        // inside a departure's transaction the check locks the holder and still answers
        assertEquals(List.of(c.number()), jpa.write(em -> badges.owed("S001", false)).stream().map(Card::number)
                .toList());
        badges.leftWithCards("S001", "staff-event:e9", LocalDate.of(2026, 12, 4), "税务局", false);
        assertEquals(List.of(new FineRow("税务局", "S001", "职员S001", 1, 10000)), badges.fines(YearMonth.of(2026, 12),
                "税务局"));
        assertEquals(List.of(), badges.fines(YearMonth.of(2026, 12), "政务服务中心"));

        Card found = issue("S002", "ABCD9002").card();
        badges.reportLoss(found.number());
        badges.found(found.number());
        assertEquals(List.of(), badges.leftWithCards("S002", "staff-event:e10", LocalDate.of(2026, 12, 4), null, false));
        assertEquals(CardState.REVOKED, badges.card(found.number()).orElseThrow().state());
        assertThrows(ConflictException.class, () -> badges.reactivate(found.number()));
    }

    @Test
    void l569ACardMissingAtTheDoorIsLostFromThenAndItsLaterFindingCostsNothingMore() {
        Card c = issue("S001", "ABCD9101").card();
        Instant nine = clock.instant().minus(Duration.ofHours(1));
        Finding missing = badges.record(new FindingInput(FindingKind.CARD_MISSING, null, "S001", nine, null));
        assertEquals(Boolean.FALSE, missing.lossReported());
        Finding found = badges.record(new FindingInput(FindingKind.CARD_FOUND, c.number(), null,
                nine.plus(Duration.ofMinutes(30)), "大厅"));
        assertEquals(Boolean.TRUE, found.lossReported());
        assertEquals(1, badges.dailyCheck(LocalDate.of(2026, 12, 4)).size());
    }

    @Test
    void theCashReportOfADayHasItsDepositsFeesAndRefunds() {
        Card a = issue("S001", "ABCD7001").card();
        badges.reportLoss(a.number());
        issue("S001", "ABCD7002");
        Card b = issue("S002", "ABCD7003").card();
        badges.hand(b.number(), false);
        CashReport day = badges.cash(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4));
        assertEquals(2000, day.depositsFen());
        assertEquals(2000, day.feesFen());
        assertEquals(1000, day.refundsFen());
        assertEquals(3000, day.netFen());
        assertEquals(4, day.lines());
        CashReport before = badges.cash(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));
        assertEquals(0, before.netFen());
        assertEquals("to", assertThrows(ValidationException.class, () -> badges.cash(LocalDate.of(2026, 12, 4),
                LocalDate.of(2026, 12, 3))).errors().get(0).field());
    }

    @Test
    void anUnknownHolderHasNoAccountAndAListIsNewestFirst() {
        assertThrows(NotFoundException.class, () -> badges.account("S001", PageRequest.of(0, 10)));
        Card one = issue("S001", "ABCD8001").card();
        Card two = issue("S002", "ABCD8002").card();
        assertEquals(List.of(two.number(), one.number()), badges.cards(CardQuery.ALL, PageRequest.of(0, 10)).items()
                .stream().map(Card::number).toList());
        assertEquals(List.of(two.number()), badges.cards(new CardQuery(null, null, "税务局"), PageRequest.of(0, 10))
                .items().stream().map(Card::number).toList());
        assertEquals(1, badges.cards(CardQuery.ALL, PageRequest.of(1, 1)).items().size());
        assertEquals(2, badges.cards(CardQuery.ALL, PageRequest.of(1, 1)).total());
    }

    /** A window registry that knows one window, 01, with S001 at A and S002 at B (a proxy: only find is used). */
    private static org.countyhall.windows.api.WindowRegistry registry() {
        org.countyhall.windows.api.Window w = new org.countyhall.windows.api.Window("01", "综合窗口",
                org.countyhall.windows.api.WindowType.COMPREHENSIVE, "政务服务中心", "大厅", 1, "hall",
                org.countyhall.windows.api.WindowState.OPEN, null, null, "S001", "S002", null, null, List.of(), true,
                Instant.EPOCH, 1);
        return (org.countyhall.windows.api.WindowRegistry) java.lang.reflect.Proxy.newProxyInstance(
                BadgeServiceTest.class.getClassLoader(), new Class<?>[] {org.countyhall.windows.api.WindowRegistry.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return "01".equals(args[0]) ? java.util.Optional.of(w) : java.util.Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void l285TheBadgesOnAPostingShowUnitNameAndPhotoNeverTheStaffNumberAndOnlyWhenTheCentreOptsIn() {
        badges.registry(registry());
        assertEquals("badges-not-shown", assertThrows(NotFoundException.class, () -> badges.windowBadges("01")).code());
        badges = new BadgeService(jpa, audit, outbox, clock, ShippedConfig.defaults(BadgesConfig.class,
                Map.of("posting_showBadges", true)), directory, () -> actor);
        assertEquals("windows-not-installed", assertThrows(
                org.countyhall.core.api.error.UnavailableException.class, () -> badges.windowBadges("01")).code());
        badges.registry(registry());
        directory.withPhoto("S001");
        org.countyhall.badges.api.WindowBadges b = badges.windowBadges("01");
        assertEquals(List.of(new org.countyhall.badges.api.PublicBadge("A", "政务服务中心", "职员S001", true),
                new org.countyhall.badges.api.PublicBadge("B", "税务局", "职员S002", false)), b.badges());
        assertEquals(List.of("post", "unit", "name", "photo"), java.util.Arrays.stream(
                org.countyhall.badges.api.PublicBadge.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList()); // no staff number to leak
        assertTrue(b == badges.windowBadges("01"), "served from the snapshot while it is young");
        assertThrows(NotFoundException.class, () -> badges.windowBadges("99"));
        assertThrows(NotFoundException.class, () -> badges.windowBadges("' OR 1=1"));
        assertEquals("image/png", badges.badgePhoto("01", "a").orElseThrow().mediaType());
        assertEquals(java.util.Optional.empty(), badges.badgePhoto("01", "B")); // S002 has none
        assertEquals(java.util.Optional.empty(), badges.badgePhoto("01", "X"));
        // a person who left is not shown
        directory.left("S002");
        badges = new BadgeService(jpa, audit, outbox, clock, ShippedConfig.defaults(BadgesConfig.class,
                Map.of("posting_showBadges", true, "posting_maxAgeSeconds", 0)), directory, () -> actor);
        badges.registry(registry());
        assertEquals(1, badges.windowBadges("01").badges().size());
    }

    @Test
    void l565L587ADeactivationReachesTheDoorsControllerAsAChangeAfterItsCursor() {
        Card c = issue("S001", "DD000001").card();
        org.countyhall.badges.api.Door d = badges.addDoor(new org.countyhall.badges.api.DoorInput("main-1", "主楼东门",
                "door-main-1"));
        assertEquals("MAIN-1", d.doorId());
        assertEquals("doorId", assertThrows(ValidationException.class, () -> badges.addDoor(
                new org.countyhall.badges.api.DoorInput("13812345678", "x", null))).errors().get(0).field());
        assertEquals("duplicate-door", assertThrows(ConflictException.class, () -> badges.addDoor(
                new org.countyhall.badges.api.DoorInput("MAIN-2", "主楼西门", "door-main-1"))).code());

        actor = new Actor("door-main-1", null, Set.of(Roles.DOOR));
        org.countyhall.badges.api.CardList full = badges.cardList("MAIN-1");
        assertEquals(List.of("DD000001"), full.chips());
        assertEquals(10, full.pollSeconds());
        assertEquals(List.of(), badges.cardChanges("MAIN-1", full.cursor()).changes());

        actor = OFFICE;
        badges.reportLoss(c.number());
        Card second = issue("S001", "DD000002").card();
        actor = new Actor("door-main-1", null, Set.of(Roles.DOOR));
        org.countyhall.badges.api.CardChanges changes = badges.cardChanges("MAIN-1", full.cursor());
        assertEquals(List.of("DD000001:false", "DD000002:true"), changes.changes().stream()
                .map(ch -> ch.chipUid() + ":" + ch.allowed()).toList());
        assertEquals(List.of(), badges.cardChanges("MAIN-1", changes.cursor()).changes());
        assertEquals(List.of("DD000002"), badges.cardList("MAIN-1").chips());
        assertEquals("after", assertThrows(ValidationException.class,
                () -> badges.cardChanges("MAIN-1", changes.cursor() + 5)).errors().get(0).field());

        actor = new Actor("door-other", null, Set.of(Roles.DOOR)); // another door's controller
        assertEquals("not-this-door", assertThrows(ForbiddenException.class, () -> badges.cardList("MAIN-1")).code());
        assertThrows(NotFoundException.class, () -> badges.cardList("NOPE"));

        actor = OFFICE;
        Instant synced = clock.instant();
        clock.advance(Duration.ofSeconds(30));
        badges.cardList("MAIN-1"); // the office reading the list is not the controller's sync
        assertEquals(synced, badges.doors().get(0).lastSyncAt());
        assertFalse(badges.doors().get(0).stale());
        clock.advance(Duration.ofSeconds(31)); // 61 s since the sync: door.syncStaleSeconds 60
        assertTrue(badges.doors().get(0).stale());
        assertEquals(second.number(), badges.card("DD000002").orElseThrow().number());
    }

    interface Work {
        String run(int i) throws Exception;
    }

    private static List<String> concurrently(int n, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                tasks.add(() -> {
                    try {
                        return work.run(k);
                    } catch (ConflictException e) {
                        return e.code();
                    } catch (RuntimeException e) {
                        return "failed: " + e;
                    }
                });
            }
            List<String> out = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
