package org.parkchain.trading.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.security.RoleNames;
import org.parkchain.trading.boundary.Deliveries;

/**
 * Delivery of bilateral contracts as CSV ({@code contract,interval,kWh}, a quarter hour per line):
 * {@code POST /api/trading/deliveries} is the park admin's meter import for any active contracts;
 * {@code POST /api/trading/contracts/{id}/deliveries} (in {@link ContractsResource}) a party's figures agreed with
 * the other party. The whole file is
 * refused with line-numbered problems on any error; the answer lists the statements issued.
 */
@Path("trading/deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {
    @Inject
    Deliveries deliveries;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public Response importMeter(String csv) {
        return created(deliveries.importMeter(currentUser.name(), csv));
    }

    static Response created(Deliveries.Imported imported) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        imported.statements().forEach(s -> a.add(StatementsResource.json(s)));
        return Response.status(Response.Status.CREATED).entity(CanonicalJson.JSON.createObjectBuilder()
                .add("statements", a).build().toString()).build();
    }
}
