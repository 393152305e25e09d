package org.parkchain.agreements.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.parkchain.agreements.boundary.AgreementImports;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.Problems;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.security.RoleNames;

/**
 * {@code POST /api/agreements/imports} (park admin): records an agreement concluded before the park used ParkChain:
 * {@code residentParticipantId, planId, startsOn, annualKwh}.
 */
@Path("agreements/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(RoleNames.PARK_ADMIN)
public class AgreementImportsResource {
    @Inject
    AgreementImports imports;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importExisting(JsonObject json) {
        JsonBody b = JsonBody.of(json);
        Long resident = b.whole("residentParticipantId");
        Long plan = b.whole("planId");
        new Problems().check(resident != null, "residentParticipantId", "error.import.residentRequired")
                .check(plan != null, "planId", "error.import.planRequired").throwIfAny();
        Agreement a = imports.importExisting(currentUser.name(), resident, plan, b.date("startsOn"),
                b.decimal("annualKwh"));
        return Response.status(Response.Status.CREATED).entity(AgreementsResource.agreement(a).toString()).build();
    }
}
