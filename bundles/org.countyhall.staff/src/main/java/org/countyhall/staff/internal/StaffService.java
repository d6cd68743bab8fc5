package org.countyhall.staff.internal;

import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.ActorContext;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.jpa.AriesJpa;
import org.countyhall.core.jpa.Jpa;
import org.countyhall.staff.api.Departure;
import org.countyhall.staff.api.Photo;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffQuery;
import org.countyhall.staff.api.Veto;
import org.countyhall.staff.api.Transfer;
import org.countyhall.staff.api.spi.DepartureCheck;
import org.countyhall.staff.api.spi.TransferCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The staff directory as an OSGi service: wiring only. Each use case is a plain class of its own (people,
 * departures, transfers, photos, import) built on one {@link StaffContext}.
 */
@Component(service = StaffDirectory.class, configurationPid = StaffConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = StaffConfig.class)
public final class StaffService implements StaffDirectory {

    private volatile StaffConfig config;
    private final StaffWrites people;
    private final Departures departures;
    private final Transfers transfers;
    private final Photos photos;
    private final StaffImporter importer;

    // any bundle may register checks; they come and go at runtime
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, fieldOption = FieldOption.UPDATE)
    private final List<DepartureCheck> checks = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, fieldOption = FieldOption.UPDATE)
    private final List<TransferCheck> transferChecks = new CopyOnWriteArrayList<>();

    @Activate
    public StaffService(@Reference(target = "(osgi.unit.name=staff)") JpaTemplate jpa,
            @Reference TransactionManager tm, @Reference AuditLog audit,
            @Reference EventOutbox events, @Reference Clock clock,
            @Reference(target = "(domain=staff)") Schema schema, @Reference ActorContext actors, StaffConfig config) {
        this(new AriesJpa(jpa, tm), audit, events, clock, config, actors::currentOrSystem);
    }

    /** Without OSGi (the use-case tests), read as {@code reader}; checks are added to {@link #checks()}. */
    StaffService(Jpa jpa, AuditLog audit, EventOutbox events, Clock clock, StaffConfig config,
            Supplier<Actor> reader) {
        this.config = config;
        StaffContext ctx = new StaffContext(jpa, audit, events, clock, () -> this.config, reader);
        this.people = new StaffWrites(ctx);
        this.departures = new Departures(ctx, checks);
        this.transfers = new Transfers(ctx, transferChecks);
        this.photos = new Photos(ctx);
        this.importer = new StaffImporter(ctx);
    }

    @Modified
    void modified(StaffConfig config) {
        this.config = config;
    }

    /** The live list of departure checks (for tests; DS updates it in OSGi). */
    List<DepartureCheck> checks() {
        return checks;
    }

    /** The live list of transfer checks (for tests; DS updates it in OSGi). */
    List<TransferCheck> transferChecks() {
        return transferChecks;
    }

    @Override
    public Optional<StaffMember> find(String number) {
        return people.find(number);
    }

    @Override
    public Page<StaffMember> search(StaffQuery query, PageRequest page) {
        return people.search(query, page);
    }

    @Override
    public StaffMember create(StaffInput input) {
        return people.create(input);
    }

    @Override
    public StaffMember update(String number, long expectedVersion, StaffInput input) {
        return people.update(number, expectedVersion, input);
    }

    @Override
    public List<Veto> departureVetoes(String number) {
        return departures.vetoes(number, people);
    }

    @Override
    public StaffMember depart(String number, Departure departure) {
        return departures.depart(number, departure);
    }

    @Override
    public List<Veto> transferVetoes(String number, Transfer transfer) {
        return transfers.vetoes(number, transfer, people);
    }

    @Override
    public StaffMember transfer(String number, Transfer transfer) {
        return transfers.transfer(number, transfer);
    }

    @Override
    public Optional<Photo> photo(String number) {
        return photos.photo(number);
    }

    @Override
    public void putPhoto(String number, Photo photo) {
        photos.put(number, photo);
    }

    @Override
    public void deletePhoto(String number) {
        photos.delete(number);
    }

    @Override
    public ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun) {
        return importer.importCsv(csv, charset, dryRun);
    }
}
