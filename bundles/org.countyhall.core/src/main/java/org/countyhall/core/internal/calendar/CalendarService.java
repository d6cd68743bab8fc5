package org.countyhall.core.internal.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.countyhall.core.api.audit.AuditLog;
import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.DayKind;
import org.countyhall.core.api.calendar.SpecialDay;
import org.countyhall.core.api.calendar.WorkingCalendar;
import org.countyhall.core.api.calendar.WorkingCalendars;
import org.countyhall.core.api.db.Schema;
import org.countyhall.core.api.db.Transactions;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The working calendars: specs from configuration (applied live), special days from CH_CAL_DAY. Calendars are
 * kept built in memory and rebuilt after a change here, or when older than {@link #MAX_AGE_SECONDS} (so a
 * change made on another node shows within that bound).
 */
@Component(service = {WorkingCalendars.class, CalendarAdmin.class}, configurationPid = "org.countyhall.calendar",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class CalendarService implements WorkingCalendars, CalendarAdmin {

    static final long MAX_AGE_SECONDS = 60;

    private final Jdbc jdbc;
    private final Transactions tx;
    private final Clock clock;
    private final AuditLog audit;
    private volatile Map<String, CalendarSpec> specs;
    private volatile Snapshot snapshot;

    @Activate
    public CalendarService(@Reference(target = "(osgi.jndi.service.name=jdbc/countyhall)") DataSource ds,
            @Reference Transactions tx, @Reference Clock clock, @Reference AuditLog audit,
            @Reference(target = "(domain=core)") Schema schema, Map<String, Object> props) {
        this.jdbc = new Jdbc(ds);
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
        this.specs = CalendarConfig.specs(props);
    }

    @Modified
    void modified(Map<String, Object> props) {
        specs = CalendarConfig.specs(props);
        snapshot = null;
    }

    @Override
    public WorkingCalendar hall() {
        return current().calendars.get(HALL);
    }

    @Override
    public Optional<WorkingCalendar> find(String name) {
        return Optional.ofNullable(current().calendars.get(name));
    }

    @Override
    public List<String> names() {
        return new ArrayList<>(current().calendars.keySet());
    }

    @Override
    public Map<String, CalendarSpec> specs() {
        return specs;
    }

    @Override
    public SpecialDay put(SpecialDay day) {
        validate(day);
        tx.required(() -> {
            jdbc.update("DELETE FROM CH_CAL_DAY WHERE DAY_DATE = ?", day.date());
            insert(day);
            audit.record("calendar.day.put", "calendar/day/" + day.date(), day.kind() + " " + day.name());
        });
        snapshot = null;
        return day;
    }

    @Override
    public boolean remove(LocalDate date) {
        boolean removed = tx.required(() -> {
            int n = jdbc.update("DELETE FROM CH_CAL_DAY WHERE DAY_DATE = ?", date);
            if (n > 0) {
                audit.record("calendar.day.remove", "calendar/day/" + date, null);
            }
            return n > 0;
        });
        snapshot = null;
        return removed;
    }

    @Override
    public List<SpecialDay> list(int year) {
        return jdbc.list("SELECT DAY_DATE, KIND, NAME FROM CH_CAL_DAY WHERE DAY_DATE >= ? AND DAY_DATE < ? "
                + "ORDER BY DAY_DATE", CalendarService::row, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    @Override
    public HolidayCsv.Result importCsv(String text, int year, boolean dryRun) {
        HolidayCsv.Result parsed = HolidayCsv.parse(text, year);
        List<HolidayCsv.RowError> errors = new ArrayList<>(parsed.errors());
        if (parsed.ok() && parsed.days().isEmpty()) {
            // an empty file would silently wipe the year
            errors.add(new HolidayCsv.RowError(0, "file", "no special days in the file; nothing to import"));
        }
        for (SpecialDay d : parsed.days()) {
            if (d.name() != null && d.name().length() > 100) {
                errors.add(new HolidayCsv.RowError(0, "name", d.date() + ": name longer than 100 characters"));
            }
        }
        HolidayCsv.Result result = new HolidayCsv.Result(parsed.days(), errors);
        if (!result.ok() || dryRun) {
            return result;
        }
        tx.required(() -> {
            jdbc.update("DELETE FROM CH_CAL_DAY WHERE DAY_DATE >= ? AND DAY_DATE < ?", LocalDate.of(year, 1, 1),
                    LocalDate.of(year + 1, 1, 1));
            result.days().forEach(this::insert);
            audit.record("calendar.import", "calendar/year/" + year, result.days().size() + " special days");
        });
        snapshot = null;
        return result;
    }

    private void insert(SpecialDay d) {
        jdbc.update("INSERT INTO CH_CAL_DAY (DAY_DATE, KIND, NAME, CREATED_AT) VALUES (?, ?, ?, ?)", d.date(),
                d.kind(), d.name() == null ? "" : d.name(), clock.instant());
    }

    private static void validate(SpecialDay day) {
        if (day == null || day.date() == null) {
            throw new ValidationException("date", "required, yyyy-MM-dd");
        }
        if (day.kind() == null) {
            throw new ValidationException("kind", "required: HOLIDAY or WORKDAY");
        }
        if (day.name() != null && day.name().length() > 100) {
            throw new ValidationException("name", "at most 100 characters");
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || s.builtAt.plusSeconds(MAX_AGE_SECONDS).isBefore(now)) {
            s = build(now);
            snapshot = s;
        }
        return s;
    }

    private Snapshot build(Instant now) {
        List<SpecialDay> days = jdbc.list("SELECT DAY_DATE, KIND, NAME FROM CH_CAL_DAY ORDER BY DAY_DATE",
                CalendarService::row);
        ZoneId zone = clock.getZone();
        Map<String, WorkingCalendar> calendars = new LinkedHashMap<>();
        specs.forEach((name, spec) -> calendars.put(name, new RuleCalendar(spec, zone, days)));
        return new Snapshot(now, calendars);
    }

    private static SpecialDay row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SpecialDay(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)), rs.getString(3));
    }

    private record Snapshot(Instant builtAt, Map<String, WorkingCalendar> calendars) {
    }
}
