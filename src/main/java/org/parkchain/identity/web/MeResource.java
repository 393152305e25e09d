package org.parkchain.identity.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.UserAccount;

/** {@code GET /api/me}: the caller's account and organisation. Any logged-in role. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class MeResource {
    @Inject
    CurrentUser currentUser;

    public record Me(String username, String displayName, String role, String locale, ParticipantJson participant) {
    }

    @GET
    public Me me() {
        UserAccount a = currentUser.account();
        return new Me(a.getUsername(), a.getDisplayName(), a.getRole().name(), a.getLocale(),
                ParticipantJson.of(currentUser.participant()));
    }
}
