package org.countyhall.staff.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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

import org.countyhall.core.api.csv.ImportReport;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.rest.Params;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.api.security.Roles;
import org.countyhall.staff.api.Building;
import org.countyhall.staff.api.Departure;
import org.countyhall.staff.api.Photo;
import org.countyhall.staff.api.StaffDirectory;
import org.countyhall.staff.api.StaffInput;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffRole;
import org.countyhall.staff.api.Transfer;
import org.countyhall.staff.api.StaffQuery;
import org.countyhall.staff.api.StaffState;
import org.countyhall.staff.api.Veto;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/staff}: the directory. The office, window staff, department heads and supervisors read it (photos
 * included; device accounts such as door readers do not); the office and admins change it. Nothing here is public:
 * the public sees staff only through a window's posting.
 */
@Component(service = RestEndpoint.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICE)
@Tag(name = "staff", description = "The staff directory: people, departments, roles, departures and transfers")
public final class StaffEndpoint implements RestEndpoint {

    static final String CSV = "text/csv";

    private final StaffDirectory staff;

    @Activate
    public StaffEndpoint(@Reference StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public String path() {
        return "staff";
    }

    /** Body of {@code POST /staff} and {@code PUT /staff/{number}} ({@code version} only and always with PUT). */
    public record StaffBody(String number, String name, String department, Building building, String position,
            List<String> qualifications, List<StaffRole> roles, String phone, Long version) {

        StaffInput input() {
            return new StaffInput(number, name, department, building, position, qualifications, roles, phone);
        }
    }

    /** Body of {@code POST /staff/{number}/departure}. */
    public record TransferBody(java.time.LocalDate on, String toDepartment, Building toBuilding, String reason,
            Boolean force, String forceReason) {
    }

    public record DepartureBody(java.time.LocalDate leftOn, String reason, Boolean force, String forceReason) {
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.WINDOW, Roles.DEPT_HEAD, Roles.SUPERVISOR})
    @Operation(summary = "Search the staff directory (phones masked)")
    public Page<StaffMember> list(@QueryParam("q") String q, @QueryParam("department") String department,
            @QueryParam("building") Building building, @QueryParam("state") StaffState state,
            @QueryParam("qualification") String qualification, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return staff.search(new StaffQuery(q, department, building, state, qualification),
                PageRequest.of(offset, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a staff member")
    @ApiResponse(responseCode = "201", description = "Created; Location is the new record", content = @Content(schema = @Schema(implementation = StaffMember.class)))
    public Response create(StaffBody body, @Context UriInfo uri) {
        Params.noVersion(Params.body(body).version());
        StaffMember m = staff.create(body.input());
        return Response.created(uri.getAbsolutePathBuilder().path(m.number()).build()).entity(m).build();
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.OFFICE, Roles.WINDOW, Roles.DEPT_HEAD, Roles.SUPERVISOR})
    @Operation(summary = "One staff member (the phone in full for readers who need it)")
    public StaffMember get(@PathParam("number") String number) {
        return staff.find(number).orElseThrow(() -> new NotFoundException("No staff member " + number));
    }

    @PUT
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a staff member (version required)")
    public StaffMember update(@PathParam("number") String number, StaffBody body) {
        Params.version(Params.body(body).version());
        Params.sameKey("number", body.number(), number);
        return staff.update(number, body.version(), body.input());
    }

    @GET
    @Path("{number}/departure-vetoes")
    @RolesAllowed({Roles.OFFICE, Roles.WINDOW, Roles.DEPT_HEAD, Roles.SUPERVISOR})
    @Operation(summary = "What would refuse this staff member's departure now")
    public List<Veto> vetoes(@PathParam("number") String number) {
        return staff.departureVetoes(number);
    }

    @POST
    @Path("{number}/departure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a departure (离职); refused while a check vetoes it")
    @ApiResponse(responseCode = "503", description = "A departure check could not answer (departure-check-failed)")
    public StaffMember depart(@PathParam("number") String number, DepartureBody body) {
        Params.body(body);
        return staff.depart(number, new Departure(body.leftOn(), body.reason(), Boolean.TRUE.equals(body.force()),
                body.forceReason()));
    }

    @GET
    @Path("{number}/transfer-vetoes")
    @RolesAllowed({Roles.OFFICE, Roles.WINDOW, Roles.DEPT_HEAD, Roles.SUPERVISOR})
    @Operation(summary = "What would refuse a transfer to another department now")
    public List<Veto> transferVetoes(@PathParam("number") String number, @QueryParam("toDepartment") String to,
            @QueryParam("toBuilding") String building) {
        return staff.transferVetoes(number, new Transfer(null, to, building(building), null, false, null));
    }

    @POST
    @Path("{number}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transfer (调动) to another department or building; refused while a check vetoes it")
    @ApiResponse(responseCode = "503", description = "A transfer check could not answer")
    public StaffMember transfer(@PathParam("number") String number, TransferBody body) {
        Params.body(body);
        return staff.transfer(number, new Transfer(body.on(), body.toDepartment(), body.toBuilding(), body.reason(),
                Boolean.TRUE.equals(body.force()), body.forceReason()));
    }

    private static Building building(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Building.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("toBuilding", "MAIN or OTHER");
        }
    }

    @GET
    @Path("{number}/photo")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.OFFICE, Roles.WINDOW, Roles.DEPT_HEAD, Roles.SUPERVISOR})
    @Operation(summary = "A staff member's photo")
    @ApiResponse(responseCode = "200", description = "The photo", content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))})
    public Response photo(@PathParam("number") String number) {
        Photo p = staff.photo(number).orElseThrow(() -> new NotFoundException("No photo of staff member " + number));
        CacheControl cc = new CacheControl();
        cc.setPrivate(true); // for logged-in users only: never in a shared cache
        cc.setMaxAge(60);
        return Response.ok(p.bytes(), p.mediaType()).cacheControl(cc).build();
    }

    @PUT
    @Path("{number}/photo")
    @Consumes({"image/jpeg", "image/png"})
    @Operation(summary = "Set a staff member's photo (JPEG or PNG)")
    @ApiResponse(responseCode = "204", description = "Stored")
    public Response putPhoto(@PathParam("number") String number, @HeaderParam("Content-Type") MediaType type,
            byte[] bytes) {
        String mediaType = type == null ? null : type.getType() + "/" + type.getSubtype();
        staff.putPhoto(number, new Photo(mediaType, bytes));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{number}/photo")
    @Operation(summary = "Remove a staff member's photo")
    @ApiResponse(responseCode = "204", description = "Removed")
    public Response deletePhoto(@PathParam("number") String number) {
        staff.deletePhoto(number);
        return Response.noContent().build();
    }

    /**
     * {@code POST /staff/import?dryRun=true&charset=GBK} with the CSV as the body. A dry run answers 200 with every
     * problem; a real import with problems answers 400 listing them and writes nothing.
     */
    @POST
    @Path("import")
    // not text/plain: a cross-site form can post that with a browser's cached Basic credentials
    @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import staff from CSV (UTF-8 or GBK), all or nothing; dryRun only checks")
    public ImportReport importCsv(@QueryParam("dryRun") Boolean dryRun, @QueryParam("charset") String charset,
            byte[] csv) {
        return staff.importCsv(csv, Params.charset("charset", charset), Boolean.TRUE.equals(dryRun));
    }

}
