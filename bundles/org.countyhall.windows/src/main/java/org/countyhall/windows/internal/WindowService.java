package org.countyhall.windows.internal;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.calendar.WorkingCalendars;
import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.jpa.AriesJpa;
import org.countyhall.core.jpa.Jpa;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.windows.api.Leave;
import org.countyhall.windows.api.LeaveRequest;
import org.countyhall.windows.api.Post;
import org.countyhall.windows.api.Posting;
import org.countyhall.windows.api.Uncovered;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowQuery;
import org.countyhall.windows.api.WindowRegistry;
import org.countyhall.windows.api.WindowState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.countyhall.staff.api.StaffCheck;

/**
 * The window registry as an OSGi service: wiring only. Each use case is a plain class of its own (writes, leave,
 * reads, public postings, import) built on one {@link WindowsContext}; the staff directory is optional, and when it
 * is absent staff numbers are stored unchecked and the records say so.
 */
@Component(service = WindowRegistry.class, configurationPid = WindowsConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = WindowsConfig.class)
public final class WindowService implements WindowRegistry {

    private volatile WindowsConfig config;
    private final WindowWrites writes;
    private final LeaveDesk leave;
    private final WindowReads reads;
    private final PublicPostings postings;
    private final WindowImporter importer;

    // read once per call into a local variable: it may go away at any moment
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile StaffDirectory staffDirectory;

    @Activate
    public WindowService(@Reference(target = "(osgi.unit.name=windows)") JpaTemplate jpa,
            @Reference TransactionManager tm, @Reference AuditLog audit,
            @Reference EventOutbox events, @Reference Clock clock, @Reference WorkingCalendars calendars,
            @Reference(target = "(domain=windows)") Schema schema, WindowsConfig config) {
        this(new AriesJpa(jpa, tm), audit, events, clock, calendars, config, null);
    }

    /** Without OSGi (the use-case tests): {@code directory} null is the staff directory not installed. */
    WindowService(Jpa jpa, AuditLog audit, EventOutbox events, Clock clock, WorkingCalendars calendars,
            WindowsConfig config, StaffDirectory directory) {
        this.config = config;
        this.staffDirectory = directory;
        // the writes tell the postings, which are made from the same context
        WindowsContext ctx = new WindowsContext(jpa, audit, events, clock, calendars,
                () -> new StaffCheck(staffDirectory), () -> this.config, this::windowsChanged);
        this.postings = new PublicPostings(ctx);
        this.writes = new WindowWrites(ctx);
        this.leave = new LeaveDesk(ctx);
        this.reads = new WindowReads(ctx);
        this.importer = new WindowImporter(ctx);
    }

    private void windowsChanged() {
        postings.invalidate();
    }

    @Modified
    void modified(WindowsConfig config) {
        this.config = config;
        postings.maxAge(config.posting_maxAgeSeconds());
    }

    @Override
    public Optional<Window> find(String number) {
        return reads.find(number);
    }

    @Override
    public Page<Window> search(WindowQuery query, PageRequest page) {
        return reads.search(query, page);
    }

    @Override
    public Window create(WindowInput input) {
        return writes.create(input);
    }

    @Override
    public Window update(String number, long expectedVersion, WindowInput input) {
        return writes.update(number, expectedVersion, input);
    }

    @Override
    public Window assign(String number, Post post, String staffNumber) {
        return writes.assign(number, post, staffNumber);
    }

    @Override
    public Window setState(String number, WindowState state) {
        return writes.setState(number, state);
    }

    @Override
    public List<Window> vacate(String staffNumber) {
        return writes.vacate(staffNumber);
    }

    @Override
    public List<Window> vacateOutside(String staffNumber, String department) {
        return writes.vacateOutside(staffNumber, department);
    }

    @Override
    public Leave grantLeave(LeaveRequest request) {
        return leave.grant(request);
    }

    @Override
    public void cancelLeave(long id) {
        leave.cancel(id);
    }

    @Override
    public Page<Leave> leaves(String staffNumber, LocalDate from, LocalDate to, PageRequest page) {
        return leave.leaves(staffNumber, from, to, page);
    }

    @Override
    public Page<Leave> leavesOfDepartment(String department, String staffNumber, LocalDate from, LocalDate to,
            PageRequest page) {
        return leave.leavesOfDepartment(staffDirectory, department, staffNumber, from, to, page);
    }

    @Override
    public List<Uncovered> uncoveredAt(Instant at) {
        return reads.uncoveredAt(at);
    }

    @Override
    public List<Uncovered> unstaffedOn(LocalDate day) {
        return reads.unstaffedOn(day);
    }

    @Override
    public List<Window> heldBy(String staffNumber) {
        return reads.heldBy(staffNumber);
    }

    @Override
    public List<Window> heldByLocked(String staffNumber) {
        return reads.heldByLocked(staffNumber);
    }

    @Override
    public List<Leave> coveredBy(String staffNumber) {
        return reads.coveredBy(staffNumber);
    }

    @Override
    public Optional<Posting> posting(String number) {
        return postings.posting(number);
    }

    @Override
    public Page<Posting> postings(WindowQuery query, PageRequest page) {
        return postings.postings(query, page);
    }

    @Override
    public ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun) {
        return importer.importCsv(csv, charset, dryRun);
    }
}
