package org.parkchain.access.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.parkchain.access.boundary.AccessDenials;
import org.parkchain.access.boundary.CertificateRegistry;
import org.parkchain.access.boundary.Enrollment;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.boundary.MarketSignatures;
import org.parkchain.access.control.CertificateStanding;
import org.parkchain.access.control.CertificateSubject;
import org.parkchain.access.entity.CertificateApplication;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.access.entity.NewApplication;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.rest.Params;
import org.parkchain.platform.security.RoleNames;

/**
 * {@code /api/access}: certificate applications, the regulator's decisions and registry, revocation, key delivery,
 * the access-denial log, and a signature check that API clients run before they submit market actions (detached
 * signature and certificate in the {@code X-ParkChain-Signature} and {@code X-ParkChain-Certificate} headers).
 */
@Path("access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccessResource {
    static final String PARTICIPANTS = "participants";

    @Inject
    Enrollment enrollment;

    @Inject
    CertificateRegistry registry;

    @Inject
    HeldKeys heldKeys;

    @Inject
    MarketSignatures signatures;

    @Inject
    AccessDenials denials;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    /** The certificate status words the registry filters by (ACTIVE is read as VALID, as earlier clients sent it). */
    static final List<String> MARKET_ROLES = List.of(RoleNames.RESIDENT, RoleNames.SALES_COMPANY,
            RoleNames.LARGE_USER, RoleNames.GENERATOR, RoleNames.STATION_OPERATOR);
    static final List<String> STATUS_WORDS = List.of("VALID", "EXPIRED", "REVOKED", "NOT_YET_VALID", "ACTIVE");

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR,
            RoleNames.STATION_OPERATOR})
    public Response apply(JsonObject json) {
        JsonBody a = JsonBody.of(json);
        CertificateApplication saved = enrollment.apply(currentUser.name(), new NewApplication(a.string("organisation"),
                a.string("licenceNumber"), a.date("licenceExpiry"), a.string("csr"), a.string("password")));
        return Response.status(201).entity(AccessJson.application(saved).toString()).build();
    }

    @GET
    @Path("applications")
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR,
            RoleNames.STATION_OPERATOR, RoleNames.REGULATOR})
    public String applications(@QueryParam("status") String status) {
        String word = Params.word("status", status, Arrays.stream(CertificateApplication.Status.values())
                .map(Enum::name).toList());
        CertificateApplication.Status s = word == null ? null : CertificateApplication.Status.valueOf(word);
        Long own = security.isUserInRole(RoleNames.REGULATOR) ? null : participantId();
        JsonArrayBuilder list = CanonicalJson.JSON.createArrayBuilder();
        registry.applications(s, own).forEach(a -> list.add(AccessJson.application(a)));
        return list.build().toString();
    }

    @POST
    @Path("applications/{id}/approve")
    @RolesAllowed(RoleNames.REGULATOR)
    public String approve(@PathParam("id") long id) {
        return AccessJson.certificate(enrollment.approve(id, currentUser.name()), clock.instant()).toString();
    }

    @POST
    @Path("applications/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.REGULATOR)
    public Response reject(@PathParam("id") long id, JsonObject json) {
        enrollment.reject(id, currentUser.name(), json == null ? null : JsonBody.of(json).string("reason"));
        return Response.noContent().build();
    }

    @POST
    @Path("applications/{id}/bundle")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/x-pkcs12", MediaType.APPLICATION_JSON})
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR,
            RoleNames.STATION_OPERATOR})
    public Response bundle(@PathParam("id") long id, JsonObject json) {
        byte[] file = heldKeys.bundle(id, currentUser.name(), json == null ? null : JsonBody.of(json).string("password"));
        return Response.ok(file, "application/x-pkcs12")
                .header("Content-Disposition", "attachment; filename=\"parkchain-" + id + ".p12\"").build();
    }

    @GET
    @Path("certificates")
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR,
            RoleNames.STATION_OPERATOR, RoleNames.REGULATOR})
    public String certificates(@QueryParam("status") String status, @QueryParam("role") String role,
                               @QueryParam("expiringWithinDays") String days) {
        String word = Params.word("status", status, STATUS_WORDS);
        String roleWord = Params.word("role", role, MARKET_ROLES);
        Integer within = Params.integer("expiringWithinDays", days);
        Long own = security.isUserInRole(RoleNames.REGULATOR) ? null : participantId();
        JsonArrayBuilder list = CanonicalJson.JSON.createArrayBuilder();
        registry.registry("ACTIVE".equals(word) ? "VALID" : word, roleWord, within, own)
                .forEach(c -> list.add(AccessJson.certificate(c, clock.instant())));
        return list.build().toString();
    }

    /**
     * The caller's standing: its current certificate and whether to apply or renew (expiry warning), and what a CSR
     * must carry (the credit code, a key on the park's curve) and what the certificate will name.
     */
    @GET
    @Path("standing")
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR,
            RoleNames.STATION_OPERATOR})
    public String standing() {
        CertificateStanding s = registry.standing(currentUser.participantId());
        CertificateSubject subject = enrollment.subjectFor(participantId());
        var b = CanonicalJson.JSON.createObjectBuilder().add("kind", s.kind().name()).add("daysLeft", s.daysLeft())
                .add("pending", s.pending()).add("needsAttention", s.needsAttention())
                .add("subject", subject.distinguishedName()).add("creditCode", subject.creditCode())
                .add("curve", enrollment.curveLabel());
        s.current().ifPresent(c -> b.add("certificate", AccessJson.certificate(c, clock.instant())));
        return b.build().toString();
    }

    @GET
    @Path("certificates/{id}/pem")
    @Produces({"application/x-pem-file", MediaType.APPLICATION_JSON})
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR,
            RoleNames.STATION_OPERATOR, RoleNames.REGULATOR})
    public Response pem(@PathParam("id") long id) {
        MarketCertificate c = registry.certificate(id);
        if (!security.isUserInRole(RoleNames.REGULATOR) && c.getParticipantId() != participantId()) {
            throw new NotFoundException("error.access.certificateNotFound", id);
        }
        return Response.ok(c.getPem(), "application/x-pem-file")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + id + ".pem\"").build();
    }

    @POST
    @Path("certificates/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.REGULATOR)
    public String revoke(@PathParam("id") long id, JsonObject json) {
        Integer reason = json == null ? null : JsonBody.of(json).integer("reason");
        return AccessJson.certificate(enrollment.revoke(id, reason == null ? -1 : reason, currentUser.name()),
                clock.instant()).toString();
    }

    @GET
    @Path("denials")
    @RolesAllowed(RoleNames.REGULATOR)
    public String denials() {
        JsonArrayBuilder list = CanonicalJson.JSON.createArrayBuilder();
        denials.latest(500).forEach(d -> {
            var b = CanonicalJson.JSON.createObjectBuilder().add("at", d.getAt().toString())
                    .add("action", d.getAction()).add("refusal", d.getRefusal());
            CanonicalJson.addNullable(b, "username", d.getUsername());
            CanonicalJson.addNullable(b, "fingerprint", d.getFingerprint());
            list.add(CanonicalJson.addNullable(b, "detail", d.getDetail()));
        });
        return list.build().toString();
    }

    /** Checks a signed action as every market action will be checked; a refusal is logged for the regulator. */
    @POST
    @Path("signature-checks")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR,
            RoleNames.STATION_OPERATOR})
    public String check(@QueryParam("action") String action, @HeaderParam("X-ParkChain-Signature") String signature,
                        @HeaderParam("X-ParkChain-Certificate") String certificate, byte[] payload) {
        String pem;
        try {
            pem = certificate == null ? null : new String(java.util.Base64.getDecoder().decode(certificate.trim()),
                    java.nio.charset.StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            pem = null;
        }
        String a = action == null || action.isBlank() ? "signature-check" : action;
        String fingerprint = signatures.verify(currentUser.name(), a, payload, signature, pem, Set.of(role()));
        return CanonicalJson.JSON.createObjectBuilder().add("accepted", true).add("fingerprint", fingerprint).build()
                .toString();
    }


    private long participantId() {
        return currentUser.account().participantId().value();
    }

    private String role() {
        return currentUser.account().getRole().name();
    }
}
