package org.parkchain.trading.web;

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
import java.util.List;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.security.RoleNames;
import org.parkchain.trading.boundary.ContractImports;
import org.parkchain.trading.entity.Contract;

/**
 * {@code POST /api/trading/contract-imports}: the park admin records a bilateral contract signed before ParkChain, with
 * the terms fields of a term sheet and {@code reference} (the paper contract), so that its delivery is settled here.
 */
@Path("trading/contract-imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContractImportsResource {
    @Inject
    ContractImports imports;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public Response record(JsonObject body) {
        Contract k = imports.record(currentUser.name(), TermsBody.read(body), JsonBody.of(body).string("reference"));
        return Response.status(Response.Status.CREATED).entity(TradingJson.contract(k, List.of()).toString()).build();
    }
}
