package org.parkchain.ledger.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.parkchain.ledger.boundary.AuditProofs;
import org.parkchain.ledger.boundary.AuditVerification;
import org.parkchain.ledger.boundary.LedgerDigests;
import org.parkchain.ledger.boundary.MirrorMonitor;
import org.parkchain.ledger.boundary.MirrorState;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.rest.ProblemJson;
import org.parkchain.platform.security.RoleNames;

/**
 * {@code /api/audit}: mirror status, verification of the database against the ledger (JSON or CSV), per-record
 * history, downloadable proofs, and signed chain digests to keep and check later. Regulators only.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(RoleNames.REGULATOR)
public class AuditResource {
    static final Pattern AGGREGATE_ID = Pattern.compile("[a-z][a-z-]{0,30}:[0-9]{1,18}");
    private static final Pattern ENTRY_ID = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    @Inject
    AuditVerification verification;

    @Inject
    AuditProofs proofs;

    @Inject
    MirrorMonitor monitor;

    @Inject
    MirrorState state;

    @Inject
    LedgerGateway ledger;

    @Inject
    LedgerDigests digests;

    @Context
    HttpHeaders headers;

    @GET
    @Path("status")
    public String status() throws SQLException {
        return AuditJson.status(ledger.kind(), monitor.snapshot(), state).toString();
    }

    @POST
    @Path("verifications")
    public Response verify() throws SQLException {
        try {
            return Response.ok(AuditJson.report(verification.verify()).toString()).build();
        } catch (LedgerException e) {
            return unavailable(e);
        }
    }

    @GET
    @Path("verification.csv")
    @Produces("text/csv")
    public Response csv() throws SQLException {
        try {
            byte[] body = AuditCsv.write(verification.verify(), ProblemJson.locale(headers));
            return Response.ok(body, "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"parkchain-audit.csv\"").build();
        } catch (LedgerException e) {
            return unavailable(e);
        }
    }

    @GET
    @Path("records/{aggregateId}")
    public String history(@PathParam("aggregateId") String aggregateId) throws SQLException {
        if (!AGGREGATE_ID.matcher(aggregateId).matches()) {
            throw new BusinessException("error.audit.aggregateFormat");
        }
        return AuditJson.history(verification.history(aggregateId)).build().toString();
    }

    @GET
    @Path("proofs/{entryId}")
    public Response proof(@PathParam("entryId") String entryId) throws SQLException {
        if (!ENTRY_ID.matcher(entryId).matches()) {
            throw new org.parkchain.platform.NotFoundException("error.audit.entryNotFound", entryId);
        }
        try {
            return Response.ok(proofs.proof(entryId).toString(), MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=\"proof-" + entryId + ".json\"").build();
        } catch (LedgerException e) {
            return unavailable(e);
        }
    }

    /** A signed digest of the ledger's head, to keep outside the database (see README, "Trust model"). */
    @GET
    @Path("digest")
    public Response digest() {
        JsonObject digest;
        try {
            digest = digests.issue();
        } catch (LedgerException e) {
            return unavailable(e);
        }
        return Response.ok(digest.toString(), MediaType.APPLICATION_JSON).header("Content-Disposition",
                "attachment; filename=\"parkchain-ledger-digest-" + digest.getJsonNumber("blockNumber") + ".json\"")
                .build();
    }

    /** Checks a kept digest: the chain must still hold its block unchanged, i.e. it only grew since. */
    @POST
    @Path("digest-checks")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response checkDigest(byte[] kept) {
        try {
            return Response.ok(AuditJson.digestReport(digests.check(kept)).toString()).build();
        } catch (LedgerException e) {
            return unavailable(e);
        }
    }

    private Response unavailable(LedgerException e) {
        return ProblemJson.response(503, ProblemJson.of(503, ProblemJson.locale(headers), "audit.ledgerUnavailable",
                e.getMessage()));
    }
}
