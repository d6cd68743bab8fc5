package org.countyhall.core.internal.rest.resources;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.countyhall.core.api.calendar.CalendarSpec;
import org.countyhall.core.api.calendar.DayKind;
import org.countyhall.core.api.calendar.SpecialDay;
import org.countyhall.core.api.calendar.WorkingCalendar;
import org.countyhall.core.api.calendar.WorkingCalendars;
import org.countyhall.core.api.error.FieldError;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.Params;
import org.countyhall.core.api.rest.PublicAccess;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.internal.calendar.CalendarAdmin;
import org.countyhall.core.internal.calendar.HolidayCsv;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/calendar}: the working calendars (public reads) and the special days (office writes).
 * Instants are ISO-8601 with offset; answers are given in the centre's zone.
 */
@Component(service = RestEndpoint.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
@Tag(name = "calendar", description = "Working calendars, special days and working-time arithmetic")
public final class CalendarEndpoint implements RestEndpoint {

    private static final int MAX_DAYS = 3660;
    private static final long MAX_MINUTES = 60L * 24 * 3660;

    private final WorkingCalendars calendars;
    private final CalendarAdmin admin;
    private final Clock clock;

    @Activate
    public CalendarEndpoint(@Reference WorkingCalendars calendars, @Reference CalendarAdmin admin,
            @Reference Clock clock) {
        this.calendars = calendars;
        this.admin = admin;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "calendar";
    }

    /** A calendar's definition. */
    public record CalendarView(String name, List<String> sessions, List<String> workingDays, String zone) {
    }

    /** Whether a calendar is open at an instant, and when it next opens. */
    public record OpenView(String calendar, OffsetDateTime at, boolean open, OffsetDateTime nextOpening) {
    }

    /** A date answer. */
    public record DateView(String calendar, LocalDate date) {
    }

    /** An instant answer. */
    public record InstantView(String calendar, OffsetDateTime at) {
    }

    /** A count of working days. */
    public record DaysView(String calendar, LocalDate from, LocalDate to, int workingDays) {
    }

    /** A span of working time. */
    public record TimeView(String calendar, OffsetDateTime from, OffsetDateTime to, long workingMinutes) {
    }

    /** Result of a holiday import. */
    public record ImportView(int year, boolean dryRun, int days, List<HolidayCsv.RowError> errors) {
    }

    @GET
    @Operation(summary = "List every working calendar")
    public List<CalendarView> list() {
        return admin.specs().values().stream().map(this::view).toList();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One calendar's sessions, working days and zone")
    public CalendarView get(@PathParam("name") String name) {
        CalendarSpec spec = admin.specs().get(name);
        if (spec == null) {
            throw unknown(name);
        }
        return view(spec);
    }

    @GET
    @Path("{name}/open")
    @Operation(summary = "Whether a calendar is open at an instant, and when it next opens")
    public OpenView open(@PathParam("name") String name, @QueryParam("at") String at) {
        WorkingCalendar c = calendar(name);
        Instant t = at == null ? clock.instant() : Params.instant("at", at);
        return new OpenView(name, local(t), c.isOpen(t), local(c.nextOpening(t)));
    }

    @GET
    @Path("{name}/add-working-days")
    @Operation(summary = "The date a number of working days after a date")
    public DateView addWorkingDays(@PathParam("name") String name, @QueryParam("from") String from,
            @QueryParam("days") Integer days) {
        WorkingCalendar c = calendar(name);
        if (days == null || days < 0 || days > MAX_DAYS) {
            throw new ValidationException("days", "required, 0 to " + MAX_DAYS);
        }
        return new DateView(name, c.addWorkingDays(Params.date("from", from), days));
    }

    @GET
    @Path("{name}/add-working-time")
    @Operation(summary = "The instant a number of working minutes after an instant")
    public InstantView addWorkingTime(@PathParam("name") String name, @QueryParam("from") String from,
            @QueryParam("minutes") Long minutes) {
        WorkingCalendar c = calendar(name);
        if (minutes == null || minutes < 0 || minutes > MAX_MINUTES) {
            throw new ValidationException("minutes", "required, 0 to " + MAX_MINUTES);
        }
        return new InstantView(name, local(c.addWorkingTime(Params.instant("from", from), Duration.ofMinutes(minutes))));
    }

    @GET
    @Path("{name}/working-days")
    @Operation(summary = "Count the working days from one date up to another")
    public DaysView workingDays(@PathParam("name") String name, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        WorkingCalendar c = calendar(name);
        LocalDate f = Params.date("from", from);
        LocalDate t = Params.date("to", to);
        if (t.isBefore(f) || t.isAfter(f.plusDays(MAX_DAYS))) {
            throw new ValidationException("to", "must be on or after 'from' and within " + MAX_DAYS + " days");
        }
        return new DaysView(name, f, t, c.workingDaysBetween(f, t));
    }

    @GET
    @Path("{name}/working-time")
    @Operation(summary = "Count the working minutes between two instants")
    public TimeView workingTime(@PathParam("name") String name, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        WorkingCalendar c = calendar(name);
        Instant f = Params.instant("from", from);
        Instant t = Params.instant("to", to);
        if (t.isBefore(f) || t.isAfter(f.plus(Duration.ofDays(MAX_DAYS)))) {
            throw new ValidationException("to", "must be on or after 'from' and within " + MAX_DAYS + " days");
        }
        return new TimeView(name, local(f), local(t), c.workingTimeBetween(f, t).toMinutes());
    }

    @GET
    @Path("days")
    @Operation(summary = "List the special days (holidays, swapped working days) of a year")
    public List<SpecialDay> days(@QueryParam("year") Integer year) {
        return admin.list(year(year == null ? LocalDate.now(clock).getYear() : year));
    }

    @PUT
    @Path("days/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE})
    @Operation(summary = "Set the special day of a date")
    public SpecialDay putDay(@PathParam("date") String date, Map<String, String> body) {
        if (body == null) {
            throw new ValidationException("(body)", "required: {\"kind\": \"HOLIDAY\"|\"WORKDAY\", \"name\": \"...\"}");
        }
        DayKind kind;
        try {
            kind = DayKind.valueOf(String.valueOf(body.get("kind")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "HOLIDAY or WORKDAY");
        }
        return admin.put(new SpecialDay(Params.date("date", date), kind, body.getOrDefault("name", "")));
    }

    @DELETE
    @Path("days/{date}")
    @RolesAllowed({Roles.OFFICE})
    @Operation(summary = "Remove the special day of a date")
    @ApiResponse(responseCode = "204", description = "Removed")
    public Response deleteDay(@PathParam("date") String date) {
        LocalDate d = Params.date("date", date);
        if (!admin.remove(d)) {
            throw new NotFoundException("No special day on " + d);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("days/import")
    // not text/plain: a cross-site form can post that with a browser's cached Basic credentials
    @Consumes("text/csv")
    @RolesAllowed({Roles.OFFICE})
    @Operation(summary = "Import a year's special days from CSV (or check them with dryRun)")
    @ApiResponse(responseCode = "201", description = "Imported; Location is the year's list", content = @Content(schema = @Schema(implementation = ImportView.class)))
    @ApiResponse(responseCode = "200", description = "Checked (dry run); nothing written", content = @Content(schema = @Schema(implementation = ImportView.class)))
    public Response importYear(@QueryParam("year") Integer year, @QueryParam("dryRun") boolean dryRun, String csv,
            @Context UriInfo uri) {
        if (year == null) {
            throw new ValidationException("year", "required");
        }
        HolidayCsv.Result r = admin.importCsv(csv == null ? "" : csv, year(year), dryRun);
        if (!r.ok()) {
            throw new ValidationException(r.errors().stream()
                    .map(e -> new FieldError("row " + e.row() + "." + e.field(), e.message())).toList());
        }
        ImportView view = new ImportView(year, dryRun, r.days().size(), r.errors());
        return dryRun ? Response.ok(view).build()
                : Response.created(uri.getBaseUriBuilder().path("days").queryParam("year", year).build()).entity(view)
                        .build();
    }

    private CalendarView view(CalendarSpec s) {
        return new CalendarView(s.name(), s.sessions().stream().map(Object::toString).toList(),
                s.workingDays().stream().sorted().map(Enum::name).toList(), clock.getZone().getId());
    }

    private WorkingCalendar calendar(String name) {
        return calendars.find(name).orElseThrow(() -> unknown(name));
    }

    private NotFoundException unknown(String name) {
        return new NotFoundException("No calendar '" + name + "'; known: " + calendars.names());
    }

    private OffsetDateTime local(Instant t) {
        ZoneId zone = clock.getZone();
        return t.atZone(zone).toOffsetDateTime();
    }

    private static int year(int year) {
        if (year < 2000 || year > 2100) {
            throw new ValidationException("year", "between 2000 and 2100");
        }
        return year;
    }
}
