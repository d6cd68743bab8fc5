package org.countyhall.staff.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldChecks;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.TooLargeException;
import org.countyhall.core.api.error.UnavailableException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.privacy.Privacy;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.Roles;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.Departure;
import org.countyhall.staff.api.Photo;
import org.countyhall.staff.api.StaffEvents;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffQuery;
import org.countyhall.staff.api.StaffRole;
import org.countyhall.staff.api.StaffState;
import org.countyhall.staff.api.Transfer;
import org.countyhall.staff.api.Veto;
import org.countyhall.staff.api.spi.DepartureCheck;
import org.countyhall.staff.api.spi.TransferCheck;
import org.countyhall.staff.internal.store.PhotoEntity;
import org.countyhall.staff.internal.store.StaffEntity;
import org.countyhall.testing.JpaTestDatabase;
import org.countyhall.testing.RecordingAudit;
import org.countyhall.testing.RecordingOutbox;
import org.countyhall.testing.ShippedConfig;
import org.countyhall.testing.TestJpa;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The directory's use cases through {@link StaffService} on a real database (TestJpa) with recording audit and
 * outbox: what each write commits, and that a refused one commits nothing.
 */
class StaffServiceTest {

    @RegisterExtension
    static final JpaTestDatabase db = new JpaTestDatabase("staff", StaffEntity.class, PhotoEntity.class);

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestJpa jpa;
    private RecordingAudit audit;
    private RecordingOutbox outbox;
    private StaffService staff;
    private Actor reader = OFFICE;

    private static final Actor OFFICE = new Actor("clerk", "S900", Set.of(Roles.OFFICE));

    @BeforeEach
    void freshDirectory() {
        db.deleteAll("STAFF_QUALIFICATION", "STAFF_ROLE", "STAFF_PHOTO", "STAFF_MEMBER");
        jpa = new TestJpa(db);
        audit = new RecordingAudit(jpa);
        outbox = new RecordingOutbox(jpa);
        staff = new StaffService(jpa, audit, outbox, NOW, ShippedConfig.defaults(StaffConfig.class, Map.of("photo_maxBytes", 64, "import_maxRows", 10)), () -> reader);
    }

    private static StaffInput person(String number, String name) {
        return new StaffInput(number, name, "政务服务中心", Building.MAIN, "科员", List.of("370100-001"));
    }

    private static DepartureCheck check(String name, String... vetoes) {
        return new DepartureCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> vetoes(String staffNumber) {
                return List.of(vetoes);
            }
        };
    }

    @Test
    void aCreateCommitsThePersonItsAuditEntryAndItsCreatedEvent() {
        StaffMember m = staff.create(person("s001", "张三"));

        assertEquals("S001", m.number());
        assertEquals(m, staff.find("S001").orElseThrow());
        assertEquals(List.of(new RecordingAudit.Entry("staff.create", "staff/S001", "政务服务中心")), audit.entries());
        assertEquals(List.of(StaffEvents.CREATED), outbox.topics());
    }

    @Test
    void rolesAreStoredReplacedAndKeptByAnUpdateThatDoesNotNameThemDomain3() {
        StaffMember m = staff.create(new StaffInput("S001", "张三", "政务服务中心", Building.MAIN, "科员", List.of(),
                List.of(StaffRole.WINDOW_MANAGER, StaffRole.WINDOW_STAFF, StaffRole.WINDOW_STAFF)));
        assertEquals(List.of(StaffRole.WINDOW_STAFF, StaffRole.WINDOW_MANAGER), m.roles());

        StaffMember renamed = staff.update("S001", m.version(), person("S001", "张三丰")); // no roles given
        StaffMember moved = staff.update("S001", renamed.version(), new StaffInput("S001", "张三丰", "政务服务中心",
                Building.MAIN, "科员", List.of(), List.of(StaffRole.OFFICE)));

        assertEquals(List.of(StaffRole.WINDOW_STAFF, StaffRole.WINDOW_MANAGER), renamed.roles());
        assertEquals(List.of(StaffRole.OFFICE), moved.roles());
        assertEquals(List.of(StaffRole.OFFICE), staff.find("S001").orElseThrow().roles());
        ValidationException bad = assertThrows(ValidationException.class, () -> staff.create(new StaffInput("S002",
                "李四", "税务局", Building.MAIN, null, List.of(), java.util.Arrays.asList(StaffRole.OFFICE, null))));
        assertEquals("roles[1]", bad.errors().get(0).field());
    }

    @Test
    void aPhoneIsShownInFullOnlyToThoseWhoNeedItMaskedInEveryListAndNeverAuditedDomain11() {
        StaffMember m = staff.create(new StaffInput("S001", "张三", "政务服务中心", Building.MAIN, "科员", List.of(), null,
                "138 1234 5678"));
        assertEquals("13812345678", m.phone());
        assertEquals("13812345678", staff.find("S001").orElseThrow().phone());
        assertEquals("138****5678", staff.search(StaffQuery.ALL, PageRequest.of(0, 10)).items().get(0).phone());

        reader = new Actor("colleague", "S002", Set.of(Roles.WINDOW, Roles.SUPERVISOR));
        assertEquals("138****5678", staff.find("S001").orElseThrow().phone());
        reader = Actor.SYSTEM;
        assertEquals("138****5678", staff.find("S001").orElseThrow().phone());
        reader = new Actor("zhangsan", "S001", Set.of(Roles.WINDOW)); // the person
        assertEquals("13812345678", staff.find("S001").orElseThrow().phone());
        reader = new Actor("head", "S003", Set.of(Roles.DEPT_HEAD));
        assertEquals("13812345678", staff.find("S001").orElseThrow().phone());
        assertEquals("138****5678", staff.search(StaffQuery.ALL, PageRequest.of(0, 10)).items().get(0).phone());

        reader = OFFICE;
        StaffMember kept = staff.update("S001", m.version(), person("S001", "张三丰")); // no phone given: kept
        assertEquals("13812345678", kept.phone());
        StaffMember landline = staff.update("S001", kept.version(), new StaffInput("S001", "张三丰", "政务服务中心",
                Building.MAIN, null, List.of(), null, "0571-88886666-12"));
        assertEquals("0571-88886666-12", landline.phone());
        int commits = jpa.commits();
        ValidationException masked = assertThrows(ValidationException.class, () -> staff.update("S001",
                landline.version(), new StaffInput("S001", "张三丰", "政务服务中心", Building.MAIN, null, List.of(), null,
                        "138****5678"))); // a list's masked form sent back
        assertEquals(List.of(new FieldError("phone", FieldChecks.PHONE_RULE)), masked.errors());
        assertEquals(commits, jpa.commits());
        StaffMember removed = staff.update("S001", landline.version(), new StaffInput("S001", "张三丰", "政务服务中心",
                Building.MAIN, null, List.of(), null, " "));
        assertEquals(null, removed.phone());
        assertEquals(null, staff.find("S001").orElseThrow().phone());

        String trail = audit.entries() + " " + outbox.events();
        assertTrue(!trail.contains("5678") && !trail.contains("8888"), trail);
    }

    @Test
    void aTakenNumberIsRefusedByThePrimaryKeyAndCommitsNothing() {
        staff.create(person("S001", "张三"));
        int commits = jpa.commits();

        ConflictException e = assertThrows(ConflictException.class, () -> staff.create(person("S001", "李四")));

        assertEquals("duplicate-staff-number", e.code());
        assertEquals(commits, jpa.commits());
        assertEquals("张三", staff.find("S001").orElseThrow().name());
        assertEquals(1, audit.entries().size());
        assertEquals(1, outbox.events().size());
    }

    @Test
    void sixteenClerksCreatingTheSameNumberAtOnceMakeOnePersonAndFifteenConflicts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> clerks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String name = "职员" + i;
                clerks.add(() -> {
                    try {
                        return staff.create(person("S777", name)).name();
                    } catch (ConflictException e) {
                        return e.code();
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(clerks)) {
                outcomes.add(f.get());
            }
            assertEquals(15, outcomes.stream().filter("duplicate-staff-number"::equals).count(), outcomes.toString());
            assertEquals(1, staff.search(StaffQuery.ALL, PageRequest.of(0, 50)).total());
            assertEquals(List.of(StaffEvents.CREATED), outbox.topics());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndKeepsTheNewerOne() {
        StaffMember m = staff.create(person("S001", "张三"));
        staff.update("S001", m.version(), person("S001", "张三丰"));

        ConflictException e = assertThrows(ConflictException.class, () -> staff.update("S001", m.version(),
                person("S001", "张三")));

        assertEquals("stale-version", e.code());
        assertEquals("张三丰", staff.find("S001").orElseThrow().name());
        assertEquals(List.of("staff.create", "staff.update"), audit.actions());
    }

    @Test
    void aVetoedDepartureIsRefusedAndAForcedOneSaysWhoObjected() {
        staff.create(person("S001", "张三"));
        staff.checks().add(check("windows", "holds the A post of window 01"));
        outbox.clear();

        ConflictException vetoed = assertThrows(ConflictException.class, () -> staff.depart("S001",
                new Departure(null, "调离", false, null)));
        StaffMember left = staff.depart("S001", new Departure(LocalDate.of(2026, 12, 3), "调离", true, "局里通知"));

        assertEquals("departure-vetoed", vetoed.code());
        assertEquals(List.of(new Veto("windows", "holds the A post of window 01")), staff.departureVetoes("S001"));
        assertEquals(StaffState.LEFT, left.state());
        assertEquals(LocalDate.of(2026, 12, 3), left.leftOn());
        assertEquals(List.of(StaffEvents.DEPARTED), outbox.topics());
        assertEquals(true, outbox.events().get(0).payload().get("forced"));
        assertEquals("windows", outbox.events().get(0).payload().get("vetoedBy"));
        assertEquals("staff.depart.forced", audit.actions().get(audit.actions().size() - 1));
    }

    @Test
    void aTransferKeepsThePersonActiveInTheNewDepartmentAndAnnouncesFromAndTo() {
        staff.create(person("S001", "张三"));
        staff.transferChecks().add(new TransferCheck() {
            @Override
            public String name() {
                return "windows";
            }

            @Override
            public List<String> vetoes(String staffNumber, String toDepartment, Building toBuilding) {
                return toDepartment.equals("政务服务中心") ? List.of() : List.of("holds the A post at window 01");
            }
        });
        outbox.clear();
        Transfer toTax = new Transfer(null, "税务局", Building.OTHER, "工作需要", false, null);

        ConflictException vetoed = assertThrows(ConflictException.class, () -> staff.transfer("S001", toTax));
        assertEquals(List.of(new Veto("windows", "holds the A post at window 01")), staff.transferVetoes("S001",
                toTax));
        StaffMember moved = staff.transfer("S001", new Transfer(LocalDate.of(2026, 12, 1), "税务局", Building.OTHER,
                "工作需要", true, "局党组决定"));

        assertEquals("transfer-vetoed", vetoed.code());
        assertEquals(StaffState.ACTIVE, moved.state());
        assertEquals("税务局", moved.department());
        assertEquals(Building.OTHER, moved.building());
        assertEquals(List.of(StaffEvents.TRANSFERRED), outbox.topics());
        assertEquals(java.util.Map.of("staffNumber", "S001", "fromDepartment", "政务服务中心", "toDepartment", "税务局",
                "fromBuilding", "MAIN", "toBuilding", "OTHER", "on", "2026-12-01", "forced", true, "vetoedBy",
                "windows"), outbox.events().get(0).payload());
        assertEquals("staff.transfer.forced", audit.actions().get(audit.actions().size() - 1));
        // within the same department nothing objects
        staff.transfer("S001", new Transfer(null, "政务服务中心", Building.MAIN, "回调", false, null));
        assertEquals("政务服务中心", staff.find("S001").orElseThrow().department());
    }

    @Test
    void aCheckThatFailsStopsEvenAForcedDepartureWith503() {
        staff.create(person("S001", "张三"));
        staff.checks().add(new DepartureCheck() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<String> vetoes(String staffNumber) {
                throw new IllegalStateException("database gone");
            }
        });

        UnavailableException e = assertThrows(UnavailableException.class, () -> staff.depart("S001",
                new Departure(null, "调离", true, "局里通知")));

        assertEquals("departure-check-failed", e.code());
        assertEquals(StaffState.ACTIVE, staff.find("S001").orElseThrow().state());
        assertEquals(List.of(new Veto("broken", "the check failed; see the log")), staff.departureVetoes("S001"));
    }

    @Test
    void aPhotoIsStoredReplacedAndDeletedEachTimeAudited() {
        staff.create(person("S001", "张三"));
        byte[] jpeg = new byte[40];
        Arrays.fill(jpeg, (byte) 0x42);
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;

        staff.putPhoto("S001", new Photo("image/jpeg", jpeg));
        assertArrayEquals(jpeg, staff.photo("s001").orElseThrow().bytes());
        assertThrows(TooLargeException.class, () -> staff.putPhoto("S001", new Photo("image/jpeg",
                new byte[65])));
        staff.deletePhoto("S001");

        assertTrue(staff.photo("S001").isEmpty());
        assertEquals(List.of("staff.create", "staff.photo.put", "staff.photo.delete"), audit.actions());
    }

    @Test
    void aRecordReadAgainShowsAPhotoStoredOnAnotherNodeAtOnce() {
        staff.create(person("S001", "张三"));
        StaffMember before = staff.find("S001").orElseThrow(); // now kept by this node's read cache
        TestJpa otherJpa = new TestJpa(db);
        StaffService otherNode = new StaffService(otherJpa, new RecordingAudit(otherJpa), new RecordingOutbox(otherJpa),
                NOW, ShippedConfig.defaults(StaffConfig.class, Map.of("photo_maxBytes", 64)), () -> reader);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

        otherNode.putPhoto("S001", new Photo("image/png", png));

        StaffMember after = staff.find("S001").orElseThrow();
        assertFalse(before.hasPhoto());
        assertTrue(after.hasPhoto());
        assertEquals(before.version() + 1, after.version());
        // and the masking is the reader's of the moment, not the one of the read that filled the cache
        staff.update("S001", after.version(), new StaffInput("S001", "张三", "政务服务中心", Building.MAIN, "科员",
                List.of("370100-001"), null, "13800138000"));
        reader = new Actor("window", "S002", Set.of(Roles.WINDOW));
        String masked = staff.find("S001").orElseThrow().phone();
        reader = OFFICE;
        assertEquals("13800138000", staff.find("S001").orElseThrow().phone());
        assertEquals(Privacy.maskPhone("13800138000"), masked, "masked for a window clerk");
    }

    @Test
    void anImportWithOneBadRowWritesNoneADryRunWritesNothingAtAll() {
        byte[] good = ("number,name,department,building,position,qualifications\r\n"
                + "S001,张三,政务服务中心,MAIN,科员,370100-001\r\n"
                + "S002,李四,税务局,OTHER,科员,\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = ("number,name,department,building,position,qualifications\r\n"
                + "S003,王五,政务服务中心,MAIN,科员,\r\n"
                + "S004,,税务局,MAIN,科员,\r\n").getBytes(StandardCharsets.UTF_8);

        ImportReport dry = staff.importCsv(good, null, true);
        assertEquals(0, jpa.commits());
        ValidationException refused = assertThrows(ValidationException.class, () -> staff.importCsv(bad, null,
                false));
        ImportReport real = staff.importCsv(good, null, false);

        assertEquals(2, dry.created());
        assertEquals(List.of(new FieldError("line[3].name", "required")), refused.errors());
        assertEquals(2, real.created());
        assertEquals(2, staff.search(StaffQuery.ALL, PageRequest.of(0, 10)).total());
        assertEquals(List.of("staff.import"), audit.actions());
        assertEquals(List.of(StaffEvents.CREATED, StaffEvents.CREATED), outbox.topics());
    }
}
