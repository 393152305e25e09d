package org.parkchain.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.ledger.boundary.AuditedRecords;
import org.parkchain.platform.canonical.CanonicalJson;

/** Market certificates as audited records (issuance, renewal and revocation are mirrored to the ledger). */
@Stateless
public class CertificateRecords implements AuditedRecords {
    @PersistenceContext
    EntityManager em;

    @Override
    public String aggregatePrefix() {
        return "certificate:";
    }

    @Override
    public List<AuditSnapshot> currentSnapshots() {
        return em.createQuery("SELECT c FROM MarketCertificate c", MarketCertificate.class).getResultStream()
                .map(CertificateRecords::snapshot).toList();
    }

    static AuditSnapshot snapshot(MarketCertificate c) {
        JsonObject payload = CanonicalJson.JSON.createObjectBuilder()
                .add("id", c.getId()).add("participantId", c.getParticipantId()).add("serial", c.getSerial())
                .add("role", c.getRole()).add("fingerprint", c.getFingerprint())
                .add("notBefore", CanonicalJson.instant(c.getNotBefore()))
                .add("notAfter", CanonicalJson.instant(c.getNotAfter()))
                .add("revokedAt", c.getRevokedAt() == null ? "" : CanonicalJson.instant(c.getRevokedAt()))
                .add("revocationReason", c.getRevocationReason() == null ? -1 : c.getRevocationReason()).build();
        return new AuditSnapshot("certificate:" + c.getId(), payload);
    }
}
