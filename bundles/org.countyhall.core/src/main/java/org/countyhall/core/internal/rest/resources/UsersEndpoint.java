package org.countyhall.core.internal.rest.resources;

import java.util.Set;

import javax.security.auth.login.LoginException;
import javax.ws.rs.Consumes;
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

import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.Params;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.api.rest.RestEndpoint;
import org.countyhall.core.api.rest.AnySignedIn;
import org.countyhall.core.api.rest.RolesAllowed;
import org.countyhall.core.api.security.Actor;
import org.countyhall.core.api.security.ActorContext;
import org.countyhall.core.api.security.Roles;
import org.countyhall.core.internal.security.Authenticator;
import org.countyhall.core.internal.security.UserDirectory;
import org.countyhall.core.internal.security.UserRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/users}: user and role management (admin), and {@code /me} for every logged-in user. */
@Component(service = RestEndpoint.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECURITY_ADMIN) // admin stands in unless duties are separated
@Tag(name = "users", description = "User accounts, roles and passwords")
public final class UsersEndpoint implements RestEndpoint {

    private final UserDirectory users;
    private final ActorContext actors;
    private final Authenticator authenticator;

    @Activate
    public UsersEndpoint(@Reference UserDirectory users, @Reference ActorContext actors,
            @Reference Authenticator authenticator) {
        this.users = users;
        this.actors = actors;
        this.authenticator = authenticator;
    }

    @Override
    public String path() {
        return "users";
    }

    /** Body of {@code POST /users}. */
    public record NewUser(String username, String password, String staffNumber, String displayName, String email,
            Set<String> roles) {
    }

    /** Body of {@code PUT /users/{name}/email} and {@code PUT /users/me/email}; null clears the address. */
    public record EmailBody(String email) {
    }

    /** Body of {@code PUT /users/{name}/roles}. */
    public record RolesBody(Set<String> roles) {
    }

    /** Body of {@code PUT /users/{name}/password} and {@code PUT /users/me/password} (which needs the current one). */
    public record PasswordBody(String password, String currentPassword) {
    }

    /** Body of {@code PUT /users/{name}/enabled}. */
    public record EnabledBody(Boolean enabled) {
    }

    @GET
    @Operation(summary = "List user accounts")
    public Page<UserRecord> list(@QueryParam("prefix") String prefix, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return users.list(prefix, PageRequest.of(offset, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user account")
    @ApiResponse(responseCode = "201", description = "Created; Location is the new account", content = @Content(schema = @Schema(implementation = UserRecord.class)))
    public Response create(NewUser body, @Context UriInfo uri) {
        Params.body(body);
        UserRecord u = users.create(body.username(), chars(body.password()), body.staffNumber(),
                body.displayName(), body.email(), body.roles());
        return Response.created(uri.getAbsolutePathBuilder().path(u.username()).build()).entity(u).build();
    }

    @GET
    @Path("me")
    @AnySignedIn
    @Operation(summary = "The caller's own account")
    public UserRecord me() {
        return users.find(self().username()).orElseThrow(() -> new NotFoundException("No such user"));
    }

    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @AnySignedIn
    @Operation(summary = "Change the caller's own password (the current one is checked)")
    @ApiResponse(responseCode = "204", description = "Changed")
    public Response changeOwnPassword(PasswordBody body) {
        String me = self().username();
        if (body == null || body.currentPassword() == null) {
            throw new ValidationException("currentPassword", "required");
        }
        try {
            // a login attempt like any other: wrong guesses count towards the lockout
            users.authenticate(me, body.currentPassword().toCharArray());
        } catch (LoginException e) {
            throw new ValidationException("currentPassword", "wrong");
        }
        return password(me, body);
    }

    @PUT
    @Path("me/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @AnySignedIn
    @Operation(summary = "Change the caller's own e-mail address")
    public UserRecord changeOwnEmail(EmailBody body) {
        return email(self().username(), body);
    }

    @PUT
    @Path("{username}/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's e-mail address")
    public UserRecord email(@PathParam("username") String username, EmailBody body) {
        if (body == null) {
            throw new ValidationException("(body)", "required: {\"email\": \"...\"}, or {\"email\": null} to remove it");
        }
        return users.setEmail(username, body.email());
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One user account")
    public UserRecord get(@PathParam("username") String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException("No user " + username));
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an account's roles")
    public UserRecord roles(@PathParam("username") String username, RolesBody body) {
        UserRecord u = users.setRoles(username, body == null ? null : body.roles());
        authenticator.forget(username);
        return u;
    }

    @PUT
    @Path("{username}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable or disable an account")
    public UserRecord enabled(@PathParam("username") String username, EnabledBody body) {
        if (body == null || body.enabled() == null) {
            throw new ValidationException("enabled", "required: true or false");
        }
        UserRecord u = users.setEnabled(username, body.enabled());
        authenticator.forget(username);
        return u;
    }

    @POST
    @Path("{username}/unlock")
    @Operation(summary = "Unlock an account locked after failed logins")
    public UserRecord unlock(@PathParam("username") String username) {
        return users.unlock(username);
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an account's password")
    @ApiResponse(responseCode = "204", description = "Set")
    public Response password(@PathParam("username") String username, PasswordBody body) {
        users.changePassword(username, chars(body == null ? null : body.password()));
        authenticator.forget(username);
        return Response.noContent().build();
    }

    private Actor self() {
        return actors.current().orElseThrow(() -> new NotFoundException("Not logged in"));
    }

    private static char[] chars(String s) {
        return s == null ? null : s.toCharArray();
    }
}
