package org.parkchain.agreements.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.parkchain.agreements.boundary.Agreements;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.security.RoleNames;

/**
 * {@code /api/agreements/plans/{id}/signing-payload}: the canonical payload a resident signs to agree to a plan on
 * offer (then {@code POST /api/agreements/agreements} with the signature). Its root is more specific than the plans
 * resource's, so it is matched first.
 */
@Path("agreements/plans/{id}/signing-payload")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SigningPayloadResource {
    @Inject
    Agreements agreements;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(RoleNames.RESIDENT)
    public String signingPayload(@PathParam("id") long planId) {
        return CanonicalJson.write(agreements.signingPayload(currentUser.name(), planId));
    }
}
