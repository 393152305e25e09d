package org.parkchain.identity.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.entity.NewUser;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.security.RoleNames;

/** {@code /api/admin/users}: user administration for the park admin. */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(RoleNames.PARK_ADMIN)
public class UserResource {
    @Inject
    Accounts accounts;

    public record UserJson(long id, String username, String displayName, String role, long participantId,
                           boolean enabled, Instant lockedUntil, String locale) {
        static UserJson of(UserAccount u) {
            return new UserJson(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole().name(),
                    u.participantId().value(), u.isEnabled(), u.getLockedUntil(), u.getLocale());
        }
    }

    @GET
    public List<UserJson> list() {
        return accounts.all().stream().map(UserJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject json) {
        JsonBody u = JsonBody.of(json);
        Long participant = u.whole("participantId");
        UserAccount created = accounts.createUser(new NewUser(u.string("username"), u.string("displayName"),
                u.string("password"), participant == null ? null : ParticipantId.of(participant), u.string("locale")));
        return Response.status(Response.Status.CREATED).entity(UserJson.of(created)).build();
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") long id) {
        accounts.setEnabled(id, false);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") long id) {
        accounts.setEnabled(id, true);
        return Response.noContent().build();
    }

    /** Sets a new random password and returns it once; it also lifts a lockout. */
    @POST
    @Path("{id}/reset-password")
    public Map<String, String> resetPassword(@PathParam("id") long id) {
        return Map.of("password", accounts.resetPassword(id));
    }
}
