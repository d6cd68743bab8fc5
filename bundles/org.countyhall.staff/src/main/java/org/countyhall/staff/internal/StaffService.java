package org.countyhall.staff.internal;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.UnavailableException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.event.EventOutbox;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.staff.api.Departure;
import org.countyhall.staff.api.Photo;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffEvents;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffQuery;
import org.countyhall.staff.api.Veto;
import org.countyhall.staff.api.spi.DepartureCheck;
import org.countyhall.staff.internal.store.PhotoEntity;
import org.countyhall.staff.internal.store.StaffEntity;
import org.countyhall.staff.internal.store.StaffStore;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The staff directory on JPA: every write is one transaction with its audit entry and outbox event. */
@Component(service = StaffDirectory.class, configurationPid = StaffConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = StaffConfig.class)
public final class StaffService implements StaffDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(StaffService.class);

    private final Jpa jpa;
    private final AuditLog audit;
    private final EventOutbox events;
    private final Clock clock;
    private volatile StaffConfig config;

    // any bundle may register checks; they come and go at runtime
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, fieldOption = FieldOption.UPDATE)
    private final List<DepartureCheck> checks = new CopyOnWriteArrayList<>();

    @Activate
    public StaffService(@Reference(target = "(osgi.unit.name=staff)") JpaTemplate jpa, @Reference AuditLog audit,
            @Reference EventOutbox events, @Reference Clock clock,
            @Reference(target = "(domain=staff)") Schema schema, StaffConfig config) {
        this.jpa = new Jpa(jpa);
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.config = config;
    }

    @Modified
    void modified(StaffConfig config) {
        this.config = config;
    }

    @Override
    public Optional<StaffMember> find(String rawNumber) {
        String number = StaffRules.key(rawNumber);
        if (number == null || !StaffRules.NUMBER.matcher(number).matches()) {
            return Optional.empty();
        }
        return jpa.read(em -> {
            StaffStore store = new StaffStore(em);
            return store.find(number).map(store::member);
        });
    }

    @Override
    public Page<StaffMember> search(StaffQuery query, PageRequest page) {
        return jpa.read(em -> new StaffStore(em).search(query == null ? StaffQuery.ALL : query, page));
    }

    @Override
    public StaffMember create(StaffInput input) {
        StaffInput in = valid(input);
        return jpa.write(em -> {
            StaffStore store = new StaffStore(em);
            if (store.find(in.number()).isPresent()) {
                throw new ConflictException("duplicate-staff-number", "Staff number " + in.number() + " is taken");
            }
            StaffEntity e = new StaffEntity(in.number());
            e.edit(in.name(), in.department(), in.building(), in.position(), in.qualifications(), clock.instant());
            store.add(e);
            store.flush(); // a concurrent insert of the same number fails here: 409, not a 500 at commit
            audit.record("staff.create", "staff/" + in.number(), in.department());
            events.append(StaffEvents.CREATED, Map.of("staffNumber", in.number(), "department", in.department()));
            return e.toMember(false);
        });
    }

    @Override
    public StaffMember update(String rawNumber, long expectedVersion, StaffInput input) {
        if (input == null) {
            throw new ValidationException("(body)", "required");
        }
        String number = StaffRules.key(rawNumber);
        StaffInput in = valid(new StaffInput(number, input.name(), input.department(), input.building(),
                input.position(), input.qualifications()));
        return jpa.write(em -> {
            StaffStore store = new StaffStore(em);
            StaffEntity e = store.find(number).orElseThrow(() -> notFound(number));
            if (e.version() != expectedVersion) {
                throw stale(number, e.version());
            }
            e.edit(in.name(), in.department(), in.building(), in.position(), in.qualifications(), clock.instant());
            store.flush();
            audit.record("staff.update", "staff/" + number, in.department());
            events.append(StaffEvents.UPDATED, Map.of("staffNumber", number, "department", in.department()));
            return store.member(e);
        });
    }

    @Override
    public List<Veto> departureVetoes(String rawNumber) {
        String number = StaffRules.key(rawNumber);
        find(number).orElseThrow(() -> notFound(number));
        return vetoes(number);
    }

    /**
     * Asks every check for a departure, in its transaction. A check that fails stops the departure with 503: its
     * failure may have spoiled the transaction, and a broken bundle must not let a departure through, even forced.
     */
    private List<Veto> vetoesOrFail(String number) {
        return ask(number, true);
    }

    /** Asks every check, to show the vetoes; a check that fails counts as a veto. */
    private List<Veto> vetoes(String number) {
        return ask(number, false);
    }

    private List<Veto> ask(String number, boolean failIfBroken) {
        List<Veto> found = new ArrayList<>();
        for (DepartureCheck check : checks) {
            try {
                check.vetoes(number).forEach(reason -> found.add(new Veto(check.name(), reason)));
            } catch (RuntimeException e) {
                // the exception's class only: a check's message may quote a name or a leave reason
                LOG.warn("Departure check {} ({}) failed with {}", check.name(), check.getClass().getName(),
                        e.getClass().getName());
                if (failIfBroken) {
                    throw new UnavailableException("departure-check-failed", "The departure check '" + check.name()
                            + "' failed; try again, or remove the bundle that registers it");
                }
                found.add(new Veto(String.valueOf(check.name()), "the check failed; see the log"));
            }
        }
        return found;
    }

    @Override
    public StaffMember depart(String rawNumber, Departure departure) {
        String number = StaffRules.key(rawNumber);
        if (departure == null) {
            throw new ValidationException("(body)", "required");
        }
        return jpa.write(em -> {
            // the checks run inside this transaction, before the write: a check may lock what it judged (windows
            // takes its coverage lock), so that nothing it judged can change until the departure commits
            List<Veto> vetoes = vetoesOrFail(number);
            StaffStore store = new StaffStore(em);
            StaffEntity e = store.find(number).orElseThrow(() -> notFound(number));
            LocalDate on = DepartureRules.decide(number, store.member(e).state(), departure, vetoes, LocalDate.now(clock));
            boolean forced = departure.force() && !vetoes.isEmpty();
            e.depart(on, departure.reason().strip(), forced, clock.instant());
            store.flush();
            String vetoedBy = vetoes.stream().map(Veto::check).distinct().collect(Collectors.joining(","));
            // a force reason is always recorded, also when nothing happened to object by the time of the departure
            String forceNote = departure.force() ? "force: " + departure.forceReason().strip() : null;
            audit.record(forced ? "staff.depart.forced" : "staff.depart", "staff/" + number,
                    forced ? "overriding " + vetoedBy + "; " + forceNote : forceNote);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("staffNumber", number);
            payload.put("department", e.department());
            payload.put("leftOn", on.toString());
            payload.put("forced", forced);
            if (forced) {
                payload.put("vetoedBy", vetoedBy);
            }
            events.append(StaffEvents.DEPARTED, payload);
            return store.member(e);
        });
    }

    @Override
    public Optional<Photo> photo(String rawNumber) {
        String number = StaffRules.key(rawNumber);
        if (number == null || !StaffRules.NUMBER.matcher(number).matches()) {
            return Optional.empty();
        }
        return jpa.read(em -> new StaffStore(em).photo(number).map(p -> new Photo(p.mediaType(), p.content())));
    }

    @Override
    public void putPhoto(String rawNumber, Photo photo) {
        String number = StaffRules.key(rawNumber);
        PhotoRules.check(photo, config.photo_maxBytes());
        jpa.write(em -> {
            StaffStore store = new StaffStore(em);
            store.find(number).orElseThrow(() -> notFound(number));
            PhotoEntity p = store.photo(number).orElse(null);
            if (p == null) {
                p = new PhotoEntity(number);
                p.replace(photo.mediaType(), photo.bytes(), clock.instant());
                store.addPhoto(p);
            } else {
                p.replace(photo.mediaType(), photo.bytes(), clock.instant());
            }
            store.flush();
            audit.record("staff.photo.put", "staff/" + number, photo.mediaType() + ", " + photo.bytes().length + " bytes");
            return null;
        });
    }

    @Override
    public void deletePhoto(String rawNumber) {
        String number = StaffRules.key(rawNumber);
        jpa.write(em -> {
            StaffStore store = new StaffStore(em);
            store.find(number).orElseThrow(() -> notFound(number));
            store.photo(number).ifPresent(p -> {
                store.removePhoto(p);
                audit.record("staff.photo.delete", "staff/" + number, null);
            });
            return null;
        });
    }

    @Override
    public ImportReport importCsv(byte[] csv, Charset charset, boolean dryRun) {
        StaffCsv.Parsed parsed = StaffCsv.parse(csv, charset, config.import_maxRows());
        String cs = parsed.charset().name();
        if (!parsed.errors().isEmpty()) {
            ImportReport report = new ImportReport(dryRun, cs, parsed.rows(), 0, 0, parsed.errors(), List.of());
            if (dryRun) {
                return report;
            }
            throw new ValidationException(parsed.errors());
        }
        // a dry run only reads: no transaction, no locks
        EmFunction<int[]> work = em -> {
            StaffStore store = new StaffStore(em);
            int created = 0;
            int updated = 0;
            for (StaffCsv.Line line : parsed.lines()) {
                StaffInput in = line.input();
                Optional<StaffEntity> found = store.find(in.number());
                if (found.isEmpty()) {
                    created++;
                    if (!dryRun) {
                        StaffEntity e = new StaffEntity(in.number());
                        e.edit(in.name(), in.department(), in.building(), in.position(), in.qualifications(),
                                clock.instant());
                        store.add(e);
                        events.append(StaffEvents.CREATED, Map.of("staffNumber", in.number(),
                                "department", in.department()));
                    }
                } else if (!found.get().sameAs(in.name(), in.department(), in.building(), in.position(),
                        in.qualifications())) {
                    updated++;
                    if (!dryRun) {
                        found.get().edit(in.name(), in.department(), in.building(), in.position(),
                                in.qualifications(), clock.instant());
                        events.append(StaffEvents.UPDATED, Map.of("staffNumber", in.number(),
                                "department", in.department()));
                    }
                }
            }
            if (!dryRun) {
                store.flush();
                audit.record("staff.import", "staff", parsed.rows() + " rows: " + created + " created, " + updated
                        + " updated");
            }
            return new int[] {created, updated};
        };
        int[] counts = dryRun ? jpa.read(work) : jpa.write(work);
        return new ImportReport(dryRun, cs, parsed.rows(), counts[0], counts[1], List.of(), List.of());
    }

    private static StaffInput valid(StaffInput input) {
        if (input == null) {
            throw new ValidationException("(body)", "required");
        }
        StaffRules.Checked c = StaffRules.check(input, "");
        if (!c.ok()) {
            throw new ValidationException(c.errors());
        }
        return c.input();
    }

    private static NotFoundException notFound(String number) {
        return new NotFoundException("No staff member " + number);
    }

    private static ConflictException stale(String number, long version) {
        return new ConflictException("stale-version", "Staff member " + number + " was changed meanwhile (now version "
                + version + "); reload and try again");
    }
}
