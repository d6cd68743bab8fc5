package org.countyhall.badges.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.countyhall.badges.api.Account;
import org.countyhall.badges.api.AccountLine;
import org.countyhall.badges.api.ApplicationInput;
import org.countyhall.badges.api.ApplicationState;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.Card;
import org.countyhall.badges.api.CardApplication;
import org.countyhall.badges.api.CardQuery;
import org.countyhall.badges.api.CashReport;
import org.countyhall.badges.api.FineRow;
import org.countyhall.badges.api.Finding;
import org.countyhall.badges.api.FindingInput;
import org.countyhall.badges.api.IssueRequest;
import org.countyhall.badges.api.Issued;
import org.countyhall.badges.api.spi.CardEligibilityPolicy;
import org.countyhall.badges.api.spi.CardFeePolicy;
import org.countyhall.badges.api.spi.LossPenaltyPolicy;
import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.ActorContext;
import org.countyhall.core.jpa.AriesJpa;
import org.countyhall.core.jpa.Jpa;
import org.countyhall.badges.api.CardChanges;
import org.countyhall.badges.api.CardList;
import org.countyhall.badges.api.Door;
import org.countyhall.badges.api.DoorInput;
import org.countyhall.badges.api.WindowBadges;
import org.countyhall.staff.api.Photo;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.windows.api.WindowRegistry;
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
 * The card desk as an OSGi service: wiring only. Each use case is a plain class (issuance, card steps,
 * applications, findings, leaving, accounts, public badges) on one {@link BadgesContext}. The policies are the highest-ranked of
 * each kind (ours rank -100; DS rebinds greedily when an integrator's bundle registers or leaves); the staff
 * directory and the window registry are optional.
 */
@Component(service = BadgeOffice.class, configurationPid = BadgesConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = BadgesConfig.class)
public final class BadgeService implements BadgeOffice {

    private volatile BadgesConfig config;
    private final Issuance issuance;
    private final CardDesk desk;
    private final Applications applications;
    private final Findings findings;
    private final Leaving leaving;
    private final Accounts accounts;
    private final PublicBadges publicBadges;
    private final Doors doors;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CardEligibilityPolicy eligibility;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CardFeePolicy fees;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile LossPenaltyPolicy penalty;

    // read once per call: it may go away at any moment
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile StaffDirectory staffDirectory;

    // who sits at which window, for the public badges; optional like the directory
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile WindowRegistry windowRegistry;

    @Activate
    public BadgeService(@Reference(target = "(osgi.unit.name=badges)") JpaTemplate jpa,
            @Reference TransactionManager tm, @Reference AuditLog audit, @Reference EventOutbox events,
            @Reference Clock clock, @Reference(target = "(domain=badges)") Schema schema,
            @Reference ActorContext actors, BadgesConfig config) {
        this(new AriesJpa(jpa, tm), audit, events, clock, config, null, actors::currentOrSystem);
    }

    /**
     * Without OSGi (the use-case tests): {@code directory} null is the staff directory not installed; the default
     * policies until {@link #policies} replaces them.
     */
    BadgeService(Jpa jpa, AuditLog audit, EventOutbox events, Clock clock, BadgesConfig config,
            StaffDirectory directory, Supplier<Actor> actor) {
        this.config = config;
        this.staffDirectory = directory;
        DefaultPolicies defaults = new DefaultPolicies(() -> this.config);
        this.eligibility = defaults;
        this.fees = defaults;
        this.penalty = defaults;
        BadgesContext ctx = new BadgesContext(jpa, audit, events, clock, () -> this.config,
                () -> new BadgesContext.Policies(eligibility, fees, penalty), () -> staffDirectory, actor);
        this.issuance = new Issuance(ctx);
        this.desk = new CardDesk(ctx);
        this.applications = new Applications(ctx);
        this.findings = new Findings(ctx);
        this.leaving = new Leaving(ctx);
        this.accounts = new Accounts(ctx);
        this.publicBadges = new PublicBadges(ctx, () -> windowRegistry);
        this.doors = new Doors(ctx);
    }

    @Modified
    void modified(BadgesConfig config) {
        this.config = config;
    }

    /** For tests: the policies in force from now on (null keeps one). */
    void policies(CardEligibilityPolicy eligibility, CardFeePolicy fees, LossPenaltyPolicy penalty) {
        if (eligibility != null) {
            this.eligibility = eligibility;
        }
        if (fees != null) {
            this.fees = fees;
        }
        if (penalty != null) {
            this.penalty = penalty;
        }
    }

    /** For tests: the staff directory comes or goes. */
    void directory(StaffDirectory directory) {
        this.staffDirectory = directory;
    }

    /** For tests: the window registry comes or goes. */
    void registry(WindowRegistry registry) {
        this.windowRegistry = registry;
    }

    @Override
    public Optional<Card> card(String numberOrChip) {
        return desk.card(numberOrChip);
    }

    @Override
    public Page<Card> cards(CardQuery query, PageRequest page) {
        return desk.cards(query, page);
    }

    @Override
    public Issued issue(IssueRequest request) {
        return issuance.issue(request);
    }

    @Override
    public Card reportLoss(String number) {
        return desk.reportLoss(number);
    }

    @Override
    public Card reactivate(String number) {
        return desk.reactivate(number);
    }

    @Override
    public Card found(String number) {
        return desk.found(number);
    }

    @Override
    public Card hand(String number, boolean damaged) {
        return desk.hand(number, damaged);
    }

    @Override
    public CardApplication apply(ApplicationInput input) {
        return applications.apply(input);
    }

    @Override
    public Optional<CardApplication> application(long id) {
        return applications.find(id);
    }

    @Override
    public Page<CardApplication> applications(ApplicationState state, String applicant, PageRequest page) {
        return applications.list(state, applicant, page);
    }

    @Override
    public CardApplication approve(long id) {
        return applications.approve(id);
    }

    @Override
    public CardApplication reject(long id, String reason) {
        return applications.reject(id, reason);
    }

    @Override
    public Finding record(FindingInput input) {
        return findings.record(input);
    }

    @Override
    public Page<Finding> findings(LocalDate day, String holder, PageRequest page) {
        return findings.list(day, holder, page);
    }

    @Override
    public List<Finding> dailyCheck(LocalDate day) {
        return findings.dailyCheck(day);
    }

    @Override
    public List<Card> owed(String staffNumber, boolean mainBuildingOnly) {
        return leaving.owed(staffNumber, mainBuildingOnly);
    }

    @Override
    public List<AccountLine> leftWithCards(String staffNumber, String source, LocalDate on, String fromUnit,
            boolean mainBuildingOnly) {
        return leaving.leftWithCards(staffNumber, source, on, fromUnit, mainBuildingOnly);
    }

    @Override
    public Account account(String holder, PageRequest page) {
        return accounts.account(holder, page);
    }

    @Override
    public AccountLine reverse(long lineId, String reason) {
        return accounts.reverse(lineId, reason);
    }

    @Override
    public List<FineRow> fines(YearMonth month, String unit) {
        return accounts.fines(month, unit);
    }

    @Override
    public CashReport cash(LocalDate from, LocalDate to) {
        return accounts.cash(from, to);
    }

    @Override
    public List<Door> doors() {
        return doors.doors();
    }

    @Override
    public Door addDoor(DoorInput input) {
        return doors.add(input);
    }

    @Override
    public CardList cardList(String door) {
        return doors.cards(door);
    }

    @Override
    public CardChanges cardChanges(String door, long after) {
        return doors.changes(door, after);
    }

    @Override
    public WindowBadges windowBadges(String window) {
        return publicBadges.badges(window);
    }

    @Override
    public Optional<Photo> badgePhoto(String window, String post) {
        return publicBadges.photo(window, post);
    }
}
