package org.parkchain.agreements.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.parkchain.access.web.SignatureHeaders;
import org.parkchain.agreements.boundary.AgreementRecords;
import org.parkchain.agreements.boundary.Agreements;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.security.RoleNames;

/**
 * {@code /api/agreements/agreements}: residents' and sales companies' agreements, signing (residents) and
 * countersigning or declining (sales companies) for API clients: a detached signature and the signer's certificate in the
 * {@code X-ParkChain-Signature} and {@code X-ParkChain-Certificate} headers, over the payload that the matching
 * {@code …/signing-payload} or {@code …/countersign-payload} returned.
 */
@Path("agreements/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgreementsResource {
    @Inject
    Agreements agreements;

    @Inject
    AgreementRecords agreementRecords;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY})
    public String mine() {
        Participant me = currentUser.participant();
        List<Agreement> list = me.getType() == ParticipantType.RESIDENT ? agreementRecords.ofResident(me.getId())
                : agreementRecords.ofSales(me.getId());
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        list.forEach(x -> a.add(agreement(x)));
        return a.build().toString();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(RoleNames.RESIDENT)
    public Response sign(@HeaderParam(SignatureHeaders.SIGNATURE) String signature,
                         @HeaderParam(SignatureHeaders.CERTIFICATE) String certificate, byte[] payload) {
        Agreement a = agreements.sign(currentUser.name(), payload, signature, SignatureHeaders.pem(certificate));
        return Response.status(Response.Status.CREATED).entity(agreement(a).toString()).build();
    }

    @GET
    @Path("{id}/countersign-payload")
    @RolesAllowed(RoleNames.SALES_COMPANY)
    public String countersignPayload(@PathParam("id") long id) {
        return CanonicalJson.write(agreements.countersignPayload(currentUser.name(), id));
    }

    @POST
    @Path("{id}/countersign")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(RoleNames.SALES_COMPANY)
    public String countersign(@PathParam("id") long id, @HeaderParam(SignatureHeaders.SIGNATURE) String signature,
                              @HeaderParam(SignatureHeaders.CERTIFICATE) String certificate, byte[] payload) {
        return agreement(agreements.countersign(currentUser.name(), id, payload, signature, SignatureHeaders.pem(certificate)))
                .toString();
    }

    /** The sales company declines a pending agreement, with a reason the resident reads: {@code {"reason": …}}. */
    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.SALES_COMPANY)
    public String decline(@PathParam("id") long id, JsonObject body) {
        String reason = body == null ? null : JsonBody.of(body).string("reason");
        return agreement(agreements.decline(currentUser.name(), id, reason)).toString();
    }

    static JsonObject agreement(Agreement a) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", a.getId())
                .add("residentParticipantId", a.getResidentParticipantId())
                .add("salesParticipantId", a.getSalesParticipantId()).add("planId", a.getPlanId())
                .add("status", a.getStatus().name()).add("signedBy", a.getSignedBy())
                .add("signedAt", a.getSignedAt().toString());
        CanonicalJson.addNullable(b, "residentFingerprint", a.getResidentFingerprint());
        CanonicalJson.addNullable(b, "importedBy", a.getImportedBy());
        CanonicalJson.addNullable(b, "countersignedBy", a.getCountersignedBy());
        CanonicalJson.addNullable(b, "countersignFingerprint", a.getCountersignFingerprint());
        CanonicalJson.addNullable(b, "startsOn", a.getStartsOn());
        CanonicalJson.addNullable(b, "endsOn", a.getEndsOn());
        CanonicalJson.addNullable(b, "exitFee", a.getExitFee());
        CanonicalJson.addNullable(b, "declineReason", a.getDeclineReason());
        return b.build();
    }
}
