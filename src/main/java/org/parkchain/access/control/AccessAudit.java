package org.parkchain.access.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.parkchain.access.entity.AccessDenial;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditedAggregate;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * The market-access aggregates on the ledger: certificates ({@code certificate:<id>}: issuance, renewal,
 * revocation), the market CA's revocation lists ({@code crl:<number>}, so a CRL deleted or replaced in the database is
 * reported) and the access-denial log ({@code denial:<id>}: who was refused what, why, with which certificate).
 */
@Dependent
public class AccessAudit {
    @Produces
    public static final AuditedAggregate<MarketCertificate> CERTIFICATE = AuditedAggregate.entity("certificate",
            MarketCertificate.class, MarketCertificate::getId, AccessAudit::certificate);
    public static final AuditEvent<MarketCertificate> ISSUED = CERTIFICATE.event("certificate.issued");
    public static final AuditEvent<MarketCertificate> RENEWED = CERTIFICATE.event("certificate.renewed");
    public static final AuditEvent<MarketCertificate> REVOKED = CERTIFICATE.event("certificate.revoked");

    @Produces
    public static final AuditedAggregate<Crl> CRL = AuditedAggregate.of("crl", Crl::number, AccessAudit::crl,
            em -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery(
                        "SELECT number, this_update, next_update, der FROM access_crl").getResultList();
                return rows.stream().map(r -> new Crl(((Number) r[0]).longValue(), ((Timestamp) r[1]).toInstant(),
                        ((Timestamp) r[2]).toInstant(), (byte[]) r[3]));
            });
    public static final AuditEvent<Crl> CRL_ISSUED = CRL.event("crl.issued");
    public static final AuditEvent<Crl> CRL_BASELINE = CRL.event("crl.baseline");

    @Produces
    public static final AuditedAggregate<AccessDenial> DENIAL = AuditedAggregate.entity("denial", AccessDenial.class,
            AccessDenial::getId, AccessAudit::denial);
    public static final AuditEvent<AccessDenial> DENIED = DENIAL.event("access.denied");
    public static final AuditEvent<AccessDenial> DENIAL_BASELINE = DENIAL.event("access.denied.baseline");

    /** A CRL as stored: its number, validity and DER encoding (recorded by its SHA-256). */
    public record Crl(long number, Instant thisUpdate, Instant nextUpdate, byte[] der) {
    }

    AccessAudit() {
    }

    private static JsonObject certificate(MarketCertificate c) {
        return CanonicalJson.JSON.createObjectBuilder()
                .add("id", c.getId()).add("participantId", c.getParticipantId()).add("serial", c.getSerial())
                .add("role", c.getRole()).add("fingerprint", c.getFingerprint())
                .add("notBefore", CanonicalJson.instant(c.getNotBefore()))
                .add("notAfter", CanonicalJson.instant(c.getNotAfter()))
                .add("revokedAt", c.getRevokedAt() == null ? "" : CanonicalJson.instant(c.getRevokedAt()))
                .add("revocationReason", c.getRevocationReason() == null ? -1 : c.getRevocationReason()).build();
    }

    private static JsonObject crl(Crl c) {
        return CanonicalJson.JSON.createObjectBuilder().add("number", c.number())
                .add("thisUpdate", CanonicalJson.instant(c.thisUpdate()))
                .add("nextUpdate", CanonicalJson.instant(c.nextUpdate()))
                .add("sha256", Hashes.hex(Hashes.sha256(c.der()))).build();
    }

    private static JsonObject denial(AccessDenial d) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", d.getId())
                .add("at", CanonicalJson.instant(d.getAt())).add("action", d.getAction()).add("refusal", d.getRefusal());
        CanonicalJson.addNullable(b, "username", d.getUsername());
        CanonicalJson.addNullable(b, "fingerprint", d.getFingerprint());
        CanonicalJson.addNullable(b, "detail", d.getDetail());
        return b.build();
    }
}
