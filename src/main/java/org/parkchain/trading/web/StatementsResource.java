package org.parkchain.trading.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.parkchain.access.web.SignatureHeaders;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.security.RoleNames;
import org.parkchain.trading.boundary.Statements;
import org.parkchain.trading.entity.Statement;

/**
 * {@code /api/trading/statements/{id}}: a monthly settlement statement with its figures, for the contract's parties
 * and the regulator; {@code GET …/confirm-payload} and {@code POST …/confirmations} (signed, like every market action)
 * confirm it; {@code POST …/dispute} with {@code reason} disputes it.
 */
@Path("trading/statements/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatementsResource {
    @Inject
    Statements statements;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR, RoleNames.REGULATOR})
    public String statement(@PathParam("id") long id) {
        return json(statements.visible(currentUser.name(), id)).toString();
    }

    @GET
    @Path("confirm-payload")
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public String confirmPayload(@PathParam("id") long id) {
        return CanonicalJson.write(statements.confirmPayload(currentUser.name(), id));
    }

    @POST
    @Path("confirmations")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public String confirm(@PathParam("id") long id, @HeaderParam(SignatureHeaders.SIGNATURE) String signature,
                          @HeaderParam(SignatureHeaders.CERTIFICATE) String certificate, byte[] payload) {
        return json(statements.confirm(currentUser.name(), id, payload, signature, SignatureHeaders.pem(certificate)))
                .toString();
    }

    @POST
    @Path("dispute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public String dispute(@PathParam("id") long id, JsonObject body) {
        return json(statements.dispute(currentUser.name(), id, JsonBody.of(body).string("reason"))).toString();
    }

    static JsonObject json(Statement s) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", s.getId())
                .add("contractId", s.getContractId()).add("month", s.month().toString())
                .add("status", s.getStatus().name()).add("amountDue", s.getAmountDue().toPlainString())
                .add("figuresHash", s.getFiguresHash()).add("figures", CanonicalJson.parseObject(s.getFigures()));
        CanonicalJson.addNullable(b, "sellerFingerprint", s.getSellerFingerprint());
        CanonicalJson.addNullable(b, "buyerFingerprint", s.getBuyerFingerprint());
        CanonicalJson.addNullable(b, "disputedBy", s.getDisputedBy());
        CanonicalJson.addNullable(b, "disputeReason", s.getDisputeReason());
        return b.build();
    }
}
