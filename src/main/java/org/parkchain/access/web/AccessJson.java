package org.parkchain.access.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.parkchain.access.entity.CertificateApplication;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.platform.canonical.CanonicalJson;

/** JSON shapes of the market-access API. */
final class AccessJson {
    private AccessJson() {
    }

    static JsonObject application(CertificateApplication a) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", a.getId())
                .add("participantId", a.getParticipantId()).add("applicant", a.getApplicant())
                .add("organisation", a.getOrganisation()).add("keySource", a.getKeySource().name())
                .add("status", a.getStatus().name()).add("createdAt", a.getCreatedAt().toString());
        CanonicalJson.addNullable(b, "licenceNumber", a.getLicenceNumber());
        CanonicalJson.addNullable(b, "licenceExpiry", a.getLicenceExpiry());
        CanonicalJson.addNullable(b, "reason", a.getReason());
        CanonicalJson.addNullable(b, "decidedBy", a.getDecidedBy());
        return b.build();
    }

    static JsonObject certificate(MarketCertificate c, Instant now) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", c.getId())
                .add("participantId", c.getParticipantId()).add("serial", c.getSerial()).add("role", c.getRole())
                .add("subject", c.getSubject()).add("fingerprint", c.getFingerprint())
                .add("notBefore", c.getNotBefore().toString()).add("notAfter", c.getNotAfter().toString())
                .add("status", c.statusAt(now)).add("pem", c.getPem());
        CanonicalJson.addNullable(b, "revokedAt", c.getRevokedAt());
        if (c.getRevocationReason() != null) {
            b.add("revocationReason", c.getRevocationReason());
        }
        return b.build();
    }
}
