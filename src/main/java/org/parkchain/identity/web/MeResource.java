package org.parkchain.identity.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.PasswordChanged;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.rest.JsonBody;

/**
 * {@code GET /api/me}: the caller's account and organisation; {@code POST /api/me/password}: the caller's own password
 * change. Any logged-in role.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class MeResource {
    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    public record Me(String username, String displayName, String role, String locale, ParticipantJson participant) {
    }

    /** What a password change did: held keys protected by the new password, and those left as they were. */
    public record PasswordChange(int keysProtectedAgain, int keysLeftAsTheyWere) {
    }

    /** The caller's own password change: {@code currentPassword}, {@code newPassword}. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public PasswordChange changePassword(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        String newPassword = body.string("newPassword");
        PasswordChanged changed = accounts.changePassword(currentUser.account().getUsername(),
                body.string("currentPassword"), newPassword, newPassword);
        return new PasswordChange(changed.protectedAgainCount(), changed.leftAsTheyWereCount());
    }

    @GET
    public Me me() {
        UserAccount a = currentUser.account();
        return new Me(a.getUsername(), a.getDisplayName(), a.getRole().name(), a.getLocale(),
                ParticipantJson.of(currentUser.participant()));
    }
}
