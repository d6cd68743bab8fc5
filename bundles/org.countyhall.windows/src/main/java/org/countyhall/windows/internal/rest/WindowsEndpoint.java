package org.countyhall.windows.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.countyhall.core.api.rest.PageOf;

import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.error.ForbiddenException;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.UnavailableException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.JsonOnce;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.rest.Params;
import org.countyhall.core.api.rest.PublicAccess;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.ActorContext;
import org.countyhall.core.api.security.Roles;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffMember;
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
import org.countyhall.windows.api.WindowType;
import org.countyhall.windows.internal.LeaveVisibility;
import org.countyhall.windows.internal.WindowsConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code /api/v1/windows}: the public postings (no login) and, for the office, the registry itself, posts,
 * leave and coverage.
 */
@Component(service = RestEndpoint.class, configurationPid = WindowsConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICE)
@Tag(name = "windows", description = "Windows, their posts and staff, public postings and leaves")
public final class WindowsEndpoint implements RestEndpoint {

    private final WindowRegistry windows;
    private final ActorContext actors;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile StaffDirectory staffDirectory;
    /** Public answers may be cached by browsers and proxies as long as the server's own snapshot may be old. */
    private volatile int publicMaxAgeSeconds;
    // each window's posting of the current snapshot, with its JSON once written (a snapshot's postings are the same
    // objects until it is rebuilt, and the window screens and phones ask for them far more often)
    private final Map<String, JsonOnce<Posting>> postingJson = new ConcurrentHashMap<>();

    @Activate
    public WindowsEndpoint(@Reference WindowRegistry windows, @Reference ActorContext actors, WindowsConfig config) {
        this.windows = windows;
        this.actors = actors;
        modified(config);
    }

    @Modified
    void modified(WindowsConfig config) {
        publicMaxAgeSeconds = config.posting_maxAgeSeconds();
    }

    @Override
    public String path() {
        return "windows";
    }

    /** Body of {@code POST /windows} and {@code PUT /windows/{number}} ({@code version} only and always with PUT). */
    public record WindowBody(String number, String name, WindowType type, String department, String hall,
            Integer floor, String calendar, WindowState state, String director, String deputy, String a, String b,
            String complaintPhone, String complaintEmail, List<String> itemCodes, Long version) {

        WindowInput input() {
            return new WindowInput(number, name, type, department, hall, floor, calendar, state, director, deputy, a,
                    b, complaintPhone, complaintEmail, itemCodes);
        }
    }

    /** Body of {@code PUT /windows/{number}/posts/{post}}: the staff number, or null to empty the post. */
    public record PostBody(String staffNumber) {
    }

    /** Body of {@code PUT /windows/{number}/state}. */
    public record StateBody(WindowState state) {
    }

    /** Body of {@code POST /windows/leaves}. */
    public record LeaveBody(String staffNumber, LocalDate firstDay, LocalDate lastDay, String substitute,
            String reason) {
    }

    // ---- public -------------------------------------------------------------------------------------------

    @GET
    @PublicAccess
    @Operation(summary = "The public postings of windows (公示), filtered and paged")
    @PageOf(Posting.class)
    public Response postings(@QueryParam("type") WindowType type, @QueryParam("state") WindowState state,
            @QueryParam("department") String department, @QueryParam("item") String item,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        Page<Posting> page = windows.postings(new WindowQuery(type, state, department, item),
                PageRequest.of(offset, limit));
        return Response.ok(page).cacheControl(publicCache()).build();
    }

    @GET
    @Path("{number}")
    @PublicAccess
    @Operation(summary = "One window's public posting")
    @ApiResponse(responseCode = "200", description = "The posting", content = @Content(schema = @Schema(implementation = Posting.class)))
    public Response posting(@PathParam("number") String number) {
        Posting p = windows.posting(number).orElseThrow(() -> notFound(number));
        JsonOnce<Posting> once = postingJson.get(p.number());
        if (once == null || once.value() != p) {
            once = new JsonOnce<>(p);
            postingJson.put(p.number(), once);
        }
        return Response.ok(once).cacheControl(publicCache()).build();
    }

    private CacheControl publicCache() {
        CacheControl cc = new CacheControl();
        cc.setMaxAge(publicMaxAgeSeconds);
        return cc;
    }

    // ---- the registry ---------------------------------------------------------------------------------------

    @GET
    @Path("{number}/details")
    @RolesAllowed({Roles.OFFICE, Roles.WINDOW, Roles.DEPT_HEAD, Roles.SUPERVISOR})
    @Operation(summary = "A window with its posts and staff (for staff)")
    public Window details(@PathParam("number") String number) {
        return windows.find(number).orElseThrow(() -> notFound(number));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a window")
    @ApiResponse(responseCode = "201", description = "Created; Location is its details", content = @Content(schema = @Schema(implementation = Window.class)))
    public Response create(WindowBody body, @Context UriInfo uri) {
        Params.noVersion(Params.body(body).version());
        Window w = windows.create(body.input());
        return Response.created(uri.getAbsolutePathBuilder().path(w.number()).path("details").build()).entity(w)
                .build();
    }

    @PUT
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a window (version required)")
    public Window update(@PathParam("number") String number, WindowBody body) {
        Params.version(Params.body(body).version());
        Params.sameKey("number", body.number(), number);
        return windows.update(number, body.version(), body.input());
    }

    @PUT
    @Path("{number}/posts/{post}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign or empty a post (A or B) of a window")
    public Window assign(@PathParam("number") String number, @PathParam("post") String post, PostBody body) {
        return windows.assign(number, post(post), body == null ? null : body.staffNumber());
    }

    @PUT
    @Path("{number}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open, pause or close a window")
    public Window state(@PathParam("number") String number, StateBody body) {
        return windows.setState(number, body == null ? null : body.state());
    }

    // ---- leave and coverage ---------------------------------------------------------------------------------

    @GET
    @Path("leaves")
    @RolesAllowed({Roles.OFFICE, Roles.DEPT_HEAD, Roles.SUPERVISOR}) // reasons of leave are personal
    @Operation(summary = "Search leaves (reasons are personal: office, department heads, supervisors)")
    public Page<Leave> leaves(@QueryParam("staff") String staff, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        LocalDate f = from == null ? null : Params.date("from", from);
        LocalDate t = to == null ? null : Params.date("to", to);
        Actor reader = actors.currentOrSystem();
        if (LeaveVisibility.ownDepartmentOnly(reader)) {
            return windows.leavesOfDepartment(departmentOf(reader), staff, f, t, PageRequest.of(offset, limit));
        }
        return windows.leaves(staff, f, t, PageRequest.of(offset, limit));
    }

    /** A department head's department, from the staff directory (their user's staff number). */
    private String departmentOf(Actor head) {
        StaffDirectory directory = staffDirectory;
        if (directory == null) {
            throw new UnavailableException("staff-directory-absent",
                    "staff directory not installed: a department head's department is unknown");
        }
        return Optional.ofNullable(head.staffNumber()).flatMap(directory::find).map(StaffMember::department)
                .orElseThrow(() -> new ForbiddenException("no-staff-record", "Your user has no staff record in the "
                        + "directory, so your department is unknown; ask the office to set your staff number"));
    }

    @POST
    @Path("leaves")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a leave with its substitute")
    @ApiResponse(responseCode = "201", description = "Granted; Location is the leave", content = @Content(schema = @Schema(implementation = Leave.class)))
    public Response grantLeave(LeaveBody body, @Context UriInfo uri) {
        Params.body(body);
        Leave l = windows.grantLeave(new LeaveRequest(body.staffNumber(), body.firstDay(), body.lastDay(),
                body.substitute(), body.reason()));
        URI at = uri.getBaseUriBuilder().path("leaves").queryParam("staff", l.staffNumber())
                .queryParam("from", l.firstDay()).queryParam("to", l.lastDay()).build();
        return Response.created(at).entity(l).build();
    }

    @DELETE
    @Path("leaves/{id}")
    @Operation(summary = "Cancel a leave")
    @ApiResponse(responseCode = "204", description = "Cancelled")
    public Response cancelLeave(@PathParam("id") long id) {
        windows.cancelLeave(id);
        return Response.noContent().build();
    }

    @GET
    @Path("uncovered")
    @RolesAllowed({Roles.OFFICE, Roles.WINDOW, Roles.DEPT_HEAD, Roles.SUPERVISOR})
    @Operation(summary = "Windows with no one at the posts at an instant")
    public List<Uncovered> uncovered(@QueryParam("at") String at) {
        return windows.uncoveredAt(at == null ? null : Params.instant("at", at));
    }

    /**
     * {@code POST /windows/import?dryRun=true&charset=GBK} with the CSV as the body. A dry run answers 200 with every
     * problem; a real import with problems answers 400 listing them and writes nothing.
     */
    @POST
    @Path("import")
    // not text/plain: a cross-site form can post that with a browser's cached Basic credentials
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import windows from CSV (UTF-8 or GBK), all or nothing; dryRun only checks")
    public ImportReport importCsv(@QueryParam("dryRun") Boolean dryRun, @QueryParam("charset") String charset,
            byte[] csv) {
        return windows.importCsv(csv, Params.charset("charset", charset), Boolean.TRUE.equals(dryRun));
    }

    static Post post(String name) {
        try {
            return Post.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("post", "director, deputy, a or b");
        }
    }

    private static NotFoundException notFound(String number) {
        return new NotFoundException("No window " + number);
    }
}
