package org.parkchain.trading.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.parkchain.access.web.SignatureHeaders;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.security.RoleNames;
import org.parkchain.trading.boundary.ChannelRecords;
import org.parkchain.trading.boundary.Commitments;
import org.parkchain.trading.boundary.Deliveries;
import org.parkchain.trading.boundary.Statements;
import org.parkchain.trading.entity.ContractCopy;

/**
 * {@code /api/trading/contracts}: a contract and the two-copy rule for API clients. {@code POST {id}/copy-payload}
 * with the copy's terms returns the canonical payload to sign; {@code POST {id}/copies} sends it back with a detached
 * signature and the signer's certificate in the {@code X-ParkChain-Signature} and {@code X-ParkChain-Certificate}
 * (Base64 of the PEM) headers; {@code POST {id}/withdrawal} takes the caller's standing copy back. Members only.
 */
@Path("trading/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContractsResource {
    @Inject
    Commitments commitments;

    @Inject
    ChannelRecords records;

    @Inject
    Statements statements;

    @Inject
    Deliveries deliveries;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("{id}")
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR, RoleNames.REGULATOR})
    public String contract(@PathParam("id") long id) {
        ChannelRecords.ContractCopies k = records.contractCopies(currentUser.name(), id);
        return TradingJson.contract(k.contract(), k.copies()).toString();
    }

    @POST
    @Path("{id}/copy-payload")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public String payload(@PathParam("id") long id, JsonObject terms) {
        return CanonicalJson.write(commitments.payload(currentUser.name(), id, TermsBody.read(terms)));
    }

    @POST
    @Path("{id}/copies")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public Response commit(@PathParam("id") long id, @HeaderParam(SignatureHeaders.SIGNATURE) String signature,
                           @HeaderParam(SignatureHeaders.CERTIFICATE) String certificate, byte[] payload) {
        ContractCopy copy = commitments.commit(currentUser.name(), id, payload, signature, SignatureHeaders.pem(certificate));
        return Response.status(Response.Status.CREATED).entity(contract(copy.getContractId())).build();
    }

    @GET
    @Path("{id}/statements")
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR, RoleNames.REGULATOR})
    public String statements(@PathParam("id") long id) {
        jakarta.json.JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        statements.ofContract(currentUser.name(), id).forEach(s -> a.add(StatementsResource.json(s)));
        return a.build().toString();
    }

    @POST
    @Path("{id}/deliveries")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public Response enterAgreed(@PathParam("id") long id, String csv) {
        return DeliveriesResource.created(deliveries.enterAgreed(currentUser.name(), id, csv));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public String withdraw(@PathParam("id") long id) {
        commitments.withdraw(currentUser.name(), id);
        return contract(id);
    }
}
