package org.countyhall.badges.internal.rest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.countyhall.badges.api.Account;
import org.countyhall.badges.api.AccountLine;
import org.countyhall.badges.api.ApplicationInput;
import org.countyhall.badges.api.ApplicationState;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.Card;
import org.countyhall.badges.api.CardApplication;
import org.countyhall.badges.api.CardQuery;
import org.countyhall.badges.api.CardState;
import org.countyhall.badges.api.CashReport;
import org.countyhall.badges.api.FineRow;
import org.countyhall.badges.api.Finding;
import org.countyhall.badges.api.FindingInput;
import org.countyhall.badges.api.FindingKind;
import org.countyhall.badges.api.IssueRequest;
import org.countyhall.badges.api.Issued;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.badges.api.CardChanges;
import org.countyhall.badges.api.CardList;
import org.countyhall.badges.api.Door;
import org.countyhall.badges.api.DoorInput;
import org.countyhall.badges.api.WindowBadges;
import org.countyhall.core.api.rest.JsonOnce;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.rest.Params;
import org.countyhall.core.api.rest.PublicAccess;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.api.security.Roles;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.Photo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/badges}: the management office's card desk. The office issues cards and records every step;
 * window staff report their own card lost; department heads apply for people outside the main building; finance
 * reads accounts and reports. Public: only a window's badges (unit, name, photo) when the centre shows them.
 */
@Component(service = RestEndpoint.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICE)
@Tag(name = "badges", description = "Access cards: issuance, fees, loss, findings, departures and the card account")
public final class BadgesEndpoint implements RestEndpoint {

    static final String CSV = "text/csv";

    private final BadgeOffice badges;
    // the JSON of each window's current public badges, written once per snapshot (bounded like the snapshots)
    private final Map<String, JsonOnce<WindowBadges>> publicJson = new ConcurrentHashMap<>();

    @Activate
    public BadgesEndpoint(@Reference BadgeOffice badges) {
        this.badges = badges;
    }

    @Override
    public String path() {
        return "badges";
    }

    /** Body of {@code POST /cards}: name, unit and building only while the staff directory is not installed. */
    public record IssueBody(String holder, String chipUid, String name, String unit, Building building) {
    }

    /** Body of {@code POST /cards/{number}/hand-in}. */
    public record HandInBody(Boolean damaged) {
    }

    /** Body of a rejection or a reversal. */
    public record ReasonBody(String reason) {
    }

    /** Body of {@code POST /findings}; {@code at} an ISO instant, default now. */
    public record FindingBody(FindingKind kind, String card, String holder, String at, String note) {
    }

    @GET
    @Path("cards")
    @Operation(summary = "List cards, newest first")
    public Page<Card> cards(@QueryParam("holder") String holder, @QueryParam("state") CardState state,
            @QueryParam("unit") String unit, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return badges.cards(new CardQuery(holder, state, unit), PageRequest.of(offset, limit));
    }

    @POST
    @Path("cards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a card (eligibility and fee by policy; deposit and fee booked)")
    @ApiResponse(responseCode = "201", description = "Issued; Location is the card", content = @Content(schema = @Schema(implementation = Issued.class)))
    public Response issue(IssueBody body, @Context UriInfo uri) {
        Params.body(body);
        Issued issued = badges.issue(new IssueRequest(body.holder(), body.chipUid(), body.name(), body.unit(),
                body.building()));
        return Response.created(uri.getAbsolutePathBuilder().path(issued.card().number()).build()).entity(issued)
                .build();
    }

    @GET
    @Path("cards/{card}")
    @Operation(summary = "One card, by its printed number or its chip UID")
    public Card card(@PathParam("card") String card) {
        return badges.card(card).orElseThrow(() -> new NotFoundException("No card " + card));
    }

    @POST
    @Path("cards/{card}/loss")
    @RolesAllowed({Roles.OFFICE, Roles.WINDOW})
    @Operation(summary = "Report a card lost (挂失): deactivated at once; window staff for their own card")
    public Card reportLoss(@PathParam("card") String card) {
        return badges.reportLoss(card);
    }

    @POST
    @Path("cards/{card}/reactivation")
    @Operation(summary = "Reactivate a lost or found card (解挂, no fee) while it was not replaced")
    public Card reactivate(@PathParam("card") String card) {
        return badges.reactivate(card);
    }

    @POST
    @Path("cards/{card}/found")
    @Operation(summary = "A lost card handed back: FOUND, or REVOKED when a replacement was issued")
    public Card found(@PathParam("card") String card) {
        return badges.found(card);
    }

    @POST
    @Path("cards/{card}/hand-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The holder hands a card in: RETURNED (deposit refunded with the last card) or DAMAGED")
    public Card handIn(@PathParam("card") String card, HandInBody body) {
        return badges.hand(card, body != null && Boolean.TRUE.equals(body.damaged()));
    }

    @GET
    @Path("holders/{staffNumber}/owed")
    @RolesAllowed({Roles.OFFICE, Roles.DEPT_HEAD})
    @Operation(summary = "The cards a person must hand in before leaving the main building")
    public List<Card> owed(@PathParam("staffNumber") String staffNumber) {
        return badges.owed(staffNumber, false);
    }

    @GET
    @Path("holders/{staffNumber}/account")
    @RolesAllowed({Roles.OFFICE, Roles.FINANCE})
    @Operation(summary = "A holder's card account: totals and lines, newest first")
    public Account account(@PathParam("staffNumber") String staffNumber, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return badges.account(staffNumber, PageRequest.of(offset, limit));
    }

    @POST
    @Path("lines/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reverse an account line with a reason (a reversing line; lines are never edited)")
    @ApiResponse(responseCode = "201", description = "The reversing line", content = @Content(schema = @Schema(implementation = AccountLine.class)))
    public Response reverse(@PathParam("id") long id, ReasonBody body) {
        AccountLine line = badges.reverse(id, Params.body(body).reason());
        return Response.status(Response.Status.CREATED).entity(line).build();
    }

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPT_HEAD)
    @Operation(summary = "A department head applies for a card for someone outside the main building (L556)")
    @ApiResponse(responseCode = "201", description = "Submitted; Location is the application", content = @Content(schema = @Schema(implementation = CardApplication.class)))
    public Response apply(ApplicationInput body, @Context UriInfo uri) {
        CardApplication a = badges.apply(Params.body(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build()).entity(a).build();
    }

    @GET
    @Path("applications")
    @RolesAllowed({Roles.OFFICE, Roles.DEPT_HEAD})
    @Operation(summary = "List card applications, newest first")
    public Page<CardApplication> applications(@QueryParam("state") ApplicationState state,
            @QueryParam("applicant") String applicant, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return badges.applications(state, applicant, PageRequest.of(offset, limit));
    }

    @GET
    @Path("applications/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.DEPT_HEAD})
    @Operation(summary = "One card application")
    public CardApplication application(@PathParam("id") long id) {
        return badges.application(id).orElseThrow(() -> new NotFoundException("No card application " + id));
    }

    @POST
    @Path("applications/{id}/approval")
    @Operation(summary = "Approve a submitted application")
    public CardApplication approve(@PathParam("id") long id) {
        return badges.approve(id);
    }

    @POST
    @Path("applications/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a submitted application, with a reason")
    public CardApplication reject(@PathParam("id") long id, ReasonBody body) {
        return badges.reject(id, Params.body(body).reason());
    }

    @POST
    @Path("findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a finding: a card found, a card missing, not worn (L581), lent (L563)")
    @ApiResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = Finding.class)))
    public Response record(FindingBody body) {
        Params.body(body);
        Finding f = badges.record(new FindingInput(body.kind(), body.card(), body.holder(),
                Params.optionalInstant("at", body.at()), body.note()));
        return Response.status(Response.Status.CREATED).entity(f).build();
    }

    @GET
    @Path("findings")
    @Operation(summary = "List findings, newest first")
    public Page<Finding> findings(@QueryParam("day") String day, @QueryParam("holder") String holder,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return badges.findings(day == null ? null : Params.date("day", day), holder, PageRequest.of(offset, limit));
    }

    @POST
    @Path("daily-check")
    @Operation(summary = "Run the daily check (L569) for a day: unreported losses announced once")
    public List<Finding> dailyCheck(@QueryParam("date") String date) {
        if (date == null) {
            throw new ValidationException("date", "required: yyyy-mm-dd");
        }
        return badges.dailyCheck(Params.date("date", date));
    }

    @GET
    @Path("fines")
    @RolesAllowed({Roles.OFFICE, Roles.FINANCE, Roles.DEPT_HEAD})
    @Operation(summary = "The month's fines per unit and holder, net of reversals (L577)")
    public List<FineRow> fines(@QueryParam("month") String month, @QueryParam("unit") String unit) {
        return badges.fines(month(month), unit);
    }

    @GET
    @Path("fines/csv")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.OFFICE, Roles.FINANCE, Roles.DEPT_HEAD})
    @Operation(summary = "The month's fines as CSV (UTF-8 with BOM, for Excel), for salary deduction")
    @ApiResponse(responseCode = "200", description = "unit,staffNumber,name,fines,amountYuan", content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    public Response finesCsv(@QueryParam("month") String month, @QueryParam("unit") String unit) {
        YearMonth m = month(month);
        byte[] csv = FinesCsv.write(badges.fines(m, unit)).getBytes(StandardCharsets.UTF_8);
        return Response.ok(csv, CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"card-fines-" + m + ".csv\"").build();
    }

    @GET
    @Path("cash")
    @RolesAllowed({Roles.OFFICE, Roles.FINANCE})
    @Operation(summary = "Deposits, fees and refunds of a day (?day=) or a month (?month=) for finance")
    public CashReport cash(@QueryParam("day") String day, @QueryParam("month") String month) {
        if ((day == null) == (month == null)) {
            throw new ValidationException("day", "give either day (yyyy-mm-dd) or month (yyyy-MM)");
        }
        if (day != null) {
            LocalDate d = Params.date("day", day);
            return badges.cash(d, d);
        }
        YearMonth m = month(month);
        return badges.cash(m.atDay(1), m.atEndOfMonth());
    }

    @GET
    @Path("doors")
    @Operation(summary = "The doors with their controllers' last sync (stale: older than door.syncStaleSeconds)")
    public List<Door> doors() {
        return badges.doors();
    }

    @POST
    @Path("doors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a door with its controller's device account")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = Door.class)))
    public Response addDoor(DoorInput body, @Context UriInfo uri) {
        Door d = badges.addDoor(Params.body(body));
        return Response.created(uri.getAbsolutePathBuilder().path(d.doorId()).build()).entity(d).build();
    }

    @GET
    @Path("doors/{door}/cards")
    @RolesAllowed({Roles.OFFICE, Roles.DOOR})
    @Operation(summary = "A door's full card list and its cursor, for its controller (L587)")
    public CardList cardList(@PathParam("door") String door) {
        return badges.cardList(door);
    }

    @GET
    @Path("doors/{door}/cards/changes")
    @RolesAllowed({Roles.OFFICE, Roles.DOOR})
    @Operation(summary = "The card list's changes after a cursor, for the door's controller (L565)")
    public CardChanges cardChanges(@PathParam("door") String door, @QueryParam("after") String after) {
        return badges.cardChanges(door, cursor(after));
    }

    private static long cursor(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationException("after", "required: the cursor of the last answer");
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("after", "a cursor: 0 or more");
        }
    }

    @GET
    @Path("public/windows/{window}")
    @PublicAccess
    @Operation(summary = "The badges of a window's A and B staff for its posting: unit, name, photo (L285; opt-in)")
    @ApiResponse(responseCode = "200", description = "The badges", content = @Content(schema = @Schema(implementation = WindowBadges.class)))
    @ApiResponse(responseCode = "503", description = "The window registry is not installed (windows-not-installed)")
    public Response windowBadges(@PathParam("window") String window) {
        WindowBadges b = badges.windowBadges(window);
        JsonOnce<WindowBadges> once = publicJson.get(b.window());
        if (once == null || once.value() != b) { // a new snapshot: its JSON is written once
            once = new JsonOnce<>(b);
            publicJson.put(b.window(), once);
        }
        return Response.ok(once).cacheControl(publicCache(b.maxAgeSeconds())).build();
    }

    @GET
    @Path("public/windows/{window}/{post}/photo")
    @PublicAccess
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "The photo of the badge at a window's A or B post (opt-in)")
    @ApiResponse(responseCode = "200", description = "The photo", content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))})
    public Response badgePhoto(@PathParam("window") String window, @PathParam("post") String post) {
        Photo p = badges.badgePhoto(window, post).orElseThrow(() -> new NotFoundException("No badge photo at "
                + window + " " + post));
        return Response.ok(p.bytes(), p.mediaType()).cacheControl(publicCache(60)).build();
    }

    private static CacheControl publicCache(int seconds) {
        CacheControl cc = new CacheControl();
        cc.setMaxAge(seconds);
        return cc;
    }

    static YearMonth month(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationException("month", "required: yyyy-MM");
        }
        try {
            YearMonth m = YearMonth.parse(raw.strip());
            if (m.getYear() < 1900 || m.getYear() > 2200) {
                throw new ValidationException("month", "a month between 1900 and 2200");
            }
            return m;
        } catch (DateTimeParseException e) {
            throw new ValidationException("month", "a month yyyy-MM");
        }
    }
}
