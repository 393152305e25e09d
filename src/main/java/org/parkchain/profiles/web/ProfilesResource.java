package org.parkchain.profiles.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.security.RoleNames;
import org.parkchain.profiles.boundary.LoadProfiles;
import org.parkchain.profiles.entity.LoadProfile;

/** {@code /api/agreements/profile}: the resident's own load profile from interval readings. */
@Path("agreements/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfilesResource {
    @Inject
    LoadProfiles profiles;

    @Inject
    CurrentUser currentUser;

    /** The resident's own profile from a CSV upload of interval readings (nothing is saved from a bad file). */
    @POST
    @Path("readings")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(RoleNames.RESIDENT)
    public Response uploadReadings(@QueryParam("fileName") String fileName, InputStream csv) {
        LoadProfile saved = profiles.fromReadings(currentUser.name(), fileName, csv);
        return Response.status(Response.Status.CREATED).entity(CanonicalJson.JSON.createObjectBuilder()
                .add("id", saved.getId()).add("annualKwh", saved.getAnnualKwh().toPlainString())
                .add("readings", saved.getReadings()).add("stepMinutes", saved.getStepMinutes()).build().toString())
                .build();
    }
}
