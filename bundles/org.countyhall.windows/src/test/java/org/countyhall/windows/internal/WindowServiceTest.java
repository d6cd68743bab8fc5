package org.countyhall.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.UnavailableException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.testing.FakeStaffDirectory;
import org.countyhall.testing.JpaTestDatabase;
import org.countyhall.testing.RecordingAudit;
import org.countyhall.testing.RecordingOutbox;
import org.countyhall.testing.ShippedConfig;
import org.countyhall.testing.TestCalendars;
import org.countyhall.testing.TestJpa;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.LeaveRequest;
import org.countyhall.windows.api.Post;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowEvents;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowQuery;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.api.WindowType;
import org.countyhall.windows.internal.store.LeaveEntity;
import org.countyhall.windows.internal.store.WindowEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.countyhall.staff.api.StaffCheck;

/**
 * The registry's use cases through {@link WindowService} on a real database (TestJpa), core's calendar arithmetic,
 * and recording audit and outbox: what each write commits, and that a refused one commits nothing. The clock stands
 * on Friday 2026-12-04, 10:00 in the hall.
 */
class WindowServiceTest {

    @RegisterExtension
    static final JpaTestDatabase db = new JpaTestDatabase("windows", WindowEntity.class, LeaveEntity.class);

    private static final Clock FRIDAY = Clock.fixed(TestCalendars.at("2026-12-04T10:00+08:00"), TestCalendars.SHANGHAI);

    private TestJpa jpa;
    private RecordingAudit audit;
    private RecordingOutbox outbox;
    private FakeStaffDirectory staff;
    private WindowService windows;

    @BeforeEach
    void freshRegistry() {
        db.deleteAll("WINDOWS_ITEM", "WINDOWS_REGISTRY", "WINDOWS_LEAVE");
        jpa = new TestJpa(db);
        audit = new RecordingAudit(jpa);
        outbox = new RecordingOutbox(jpa);
        staff = new FakeStaffDirectory().person("S001", "政务服务中心", "370100-001").person("S002", "政务服务中心")
                .person("S003", "政务服务中心", "370100-001").person("S009", "税务局");
        windows = service(staff);
    }

    private WindowService service(FakeStaffDirectory directory) {
        return new WindowService(jpa, audit, outbox, FRIDAY, TestCalendars.calendars(TestCalendars.village()),
                ShippedConfig.defaults(WindowsConfig.class, Map.of()), directory);
    }

    private static WindowInput window(String number, String a, String b) {
        return new WindowInput(number, "综合受理", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", 1, null, null,
                null, null, a, b, null, null, List.of("370100-001"));
    }

    @Test
    void aCreateCommitsTheWindowItsAuditEntryAndItsCreatedEvent() {
        Window w = windows.create(window("a01", "S001", "S002"));

        assertEquals("A01", w.number());
        assertTrue(w.staffChecked());
        assertEquals(w, windows.find("A01").orElseThrow());
        assertEquals(List.of(new RecordingAudit.Entry("window.create", "window/A01", "政务服务中心")), audit.entries());
        assertEquals(List.of(WindowEvents.CREATED), outbox.topics());
        assertEquals("A01", outbox.events().get(0).payload().get("windowNumber"));
    }

    @Test
    void aDuplicateNumberIsAConflictAndCommitsNothingMore() {
        windows.create(window("A01", "S001", "S002"));
        int commits = jpa.commits();

        ConflictException e = assertThrows(ConflictException.class, () -> windows.create(window("A01", "S003",
                null)));

        assertEquals("duplicate-window-number", e.code());
        assertEquals(commits, jpa.commits());
        assertEquals(1, audit.entries().size());
        assertEquals(1, outbox.events().size());
        assertEquals("S001", windows.find("A01").orElseThrow().a());
    }

    @Test
    void unknownAndDepartedPeopleAreRefusedFieldByFieldBeforeAnyTransaction() {
        staff.left("S002");

        ValidationException e = assertThrows(ValidationException.class, () -> windows.create(window("A01", "S404",
                "S002")));

        assertEquals(List.of(new FieldError("a", "no staff member S404"),
                new FieldError("b", "staff member S002 has left")), e.errors());
        assertEquals(0, jpa.commits());
        assertTrue(windows.find("A01").isEmpty());
    }

    @Test
    void withoutTheStaffDirectoryNumbersAreStoredUncheckedAndTheImportSaysSo() {
        WindowService alone = service(null);

        Window w = alone.create(window("A01", "S404", null));
        ImportReport report = alone.importCsv(("窗口号,名称,类型,派驻单位,大厅,A角\r\n"
                + "02,不动产咨询,咨询,不动产登记中心,二楼大厅,S405\r\n").getBytes(StandardCharsets.UTF_8), null, true);

        assertFalse(w.staffChecked());
        assertEquals(List.of(StaffCheck.NOT_INSTALLED), report.notes());
        UnavailableException e = assertThrows(UnavailableException.class, () -> alone.leavesOfDepartment(
                "政务服务中心", null, null, null, PageRequest.of(0, 10)));
        assertEquals("staff-directory-absent", e.code());
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndKeepsTheNewerOne() {
        Window w = windows.create(window("A01", "S001", "S002"));
        windows.assign("A01", Post.B, "S003");
        audit.clear();

        ConflictException e = assertThrows(ConflictException.class, () -> windows.update("A01", w.version(),
                window("A01", "S001", "S002")));

        assertEquals("stale-version", e.code());
        assertEquals("S003", windows.find("A01").orElseThrow().b());
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void twoWorkingDaysWithoutASubstituteAreRefusedAndOneIsGrantedL845() {
        windows.create(window("A01", "S001", "S002"));
        outbox.clear();

        // Monday and Tuesday 2026-12-07..08: two working days, the limit is one (L845)
        ConflictException refused = assertThrows(ConflictException.class, () -> windows.grantLeave(
                new LeaveRequest("S001", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), null, "事假")));
        Leave oneDay = windows.grantLeave(new LeaveRequest("S001", LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 7), null, "事假"));

        assertEquals("leave-refused", refused.code());
        assertTrue(refused.getMessage().contains("2 working days from window A01"), refused.getMessage());
        assertEquals(List.of(WindowEvents.LEAVE_GRANTED), outbox.topics());
        assertEquals(List.of(oneDay), windows.leaves("S001", null, null, PageRequest.of(0, 10)).items());
    }

    @Test
    void aSubstituteQualifiedForTheWindowsItemsMakesTheLongerLeaveAllowed() {
        windows.create(window("A01", "S001", "S002"));

        ConflictException unqualified = assertThrows(ConflictException.class, () -> windows.grantLeave(
                new LeaveRequest("S001", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), "S002", null)));
        Leave l = windows.grantLeave(new LeaveRequest("S001", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9),
                "S003", null));

        assertTrue(unqualified.getMessage().contains("not qualified for window A01's items 370100-001"));
        assertEquals("S003", l.substitute());
        assertEquals(List.of("S001"), windows.coveredBy("S003").stream().map(Leave::staffNumber).toList());
    }

    @Test
    void emptyingBWhileAIsAwayWithoutSubstituteIsRefusedAndChangesNothing() {
        windows.create(window("A01", "S001", "S002"));
        windows.grantLeave(new LeaveRequest("S001", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7), null,
                null));
        int commits = jpa.commits();

        ConflictException e = assertThrows(ConflictException.class, () -> windows.assign("A01", Post.B, null));

        assertEquals("assignment-refused", e.code());
        assertEquals(commits, jpa.commits());
        assertEquals("S002", windows.find("A01").orElseThrow().b());
    }

    @Test
    void vacatingEmptiesEveryPostOfThePersonWithAnAuditEntryAndEventPerWindow() {
        windows.create(window("A01", "S001", "S002"));
        windows.create(window("A02", "S003", "S001"));
        audit.clear();
        outbox.clear();

        List<Window> changed = windows.vacate("s001");

        assertEquals(List.of("A01", "A02"), changed.stream().map(Window::number).toList());
        assertEquals(List.of(), windows.heldBy("S001"));
        assertEquals(List.of("window.vacate", "window.vacate"), audit.actions());
        assertEquals(List.of(WindowEvents.UPDATED, WindowEvents.UPDATED), outbox.topics());
    }

    @Test
    void aTransferEmptiesOnlyThePostsAtWindowsOfOtherDepartments() {
        windows.create(window("A01", "S001", "S002")); // 政务服务中心
        windows.create(new WindowInput("T01", "税务综合", WindowType.COMPREHENSIVE, "税务局", "一楼大厅", 1, null, null,
                null, null, "S003", "S001", null, null, List.of()));
        audit.clear();

        List<Window> changed = windows.vacateOutside("S001", "税务局");

        assertEquals(List.of("A01"), changed.stream().map(Window::number).toList());
        assertEquals(List.of("T01"), windows.heldBy("S001").stream().map(Window::number).toList());
        assertEquals(List.of(new RecordingAudit.Entry("window.vacate", "window/A01", "S001 moved to 税务局")),
                audit.entries());
    }

    @Test
    void aDryRunImportCountsAndWritesNothingARealOneWritesEveryRowOrNone() {
        byte[] good = ("窗口号,名称,类型,派驻单位,大厅,A角,B角\r\n"
                + "01,综合受理,综合,政务服务中心,一楼大厅,S001,S002\r\n"
                + "02,税务受理,受理,税务局,一楼大厅,S009,\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = ("窗口号,名称,类型,派驻单位,大厅,A角\r\n"
                + "03,综合受理,综合,政务服务中心,一楼大厅,S001\r\n"
                + "04,税务受理,受理,税务局,一楼大厅,S404\r\n").getBytes(StandardCharsets.UTF_8);

        ImportReport dry = windows.importCsv(good, null, true);
        assertEquals(0, jpa.commits());
        ValidationException refused = assertThrows(ValidationException.class, () -> windows.importCsv(bad, null,
                false));
        ImportReport real = windows.importCsv(good, null, false);

        assertEquals(2, dry.created());
        assertTrue(dry.dryRun());
        assertEquals(List.of(new FieldError("line[3].a", "no staff member S404")), refused.errors());
        assertEquals(2, real.created());
        assertEquals(List.of("01", "02"), windows.search(WindowQuery.ALL, PageRequest.of(0, 10)).items().stream()
                .map(Window::number).toList());
        assertEquals(List.of("window.import"), audit.actions());
    }

    @Test
    void aWriteShowsInThePublicPostingAtOnce() {
        windows.create(window("A01", "S001", "S002"));
        assertEquals(WindowState.OPEN, windows.posting("A01").orElseThrow().state());

        windows.setState("A01", WindowState.PAUSED);

        assertEquals(WindowState.PAUSED, windows.posting("a01").orElseThrow().state());
    }

    @Test
    void aWindowWhoseCalendarWasRemovedFromTheConfigurationIsReportedNotSilentlyJudgedByTheHalls() {
        WindowInput village = new WindowInput("V01", "村级代办点", WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", 1,
                "village", null, null, null, "S001", "S002", null, null, List.of());
        windows.create(village);
        WindowService withoutVillage = new WindowService(jpa, audit, outbox, FRIDAY, TestCalendars.calendars(),
                ShippedConfig.defaults(WindowsConfig.class, Map.of()), staff);

        List<org.countyhall.windows.api.Uncovered> monday = withoutVillage.unstaffedOn(LocalDate.of(2026, 12, 7));

        assertEquals(List.of("V01"), monday.stream().map(org.countyhall.windows.api.Uncovered::number).toList());
        assertTrue(monday.get(0).reason().startsWith("calendar 'village' is not configured"), monday.toString());
        assertEquals(List.of(), windows.unstaffedOn(LocalDate.of(2026, 12, 7)));
    }

    @Test
    void cancellingUnknownLeaveIsNotFound() {
        assertThrows(NotFoundException.class, () -> windows.cancelLeave(404));
        assertEquals(0, jpa.commits());
    }
}
