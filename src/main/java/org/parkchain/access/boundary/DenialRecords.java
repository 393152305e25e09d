package org.parkchain.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parkchain.access.entity.AccessDenial;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.ledger.boundary.AuditedRecords;
import org.parkchain.platform.canonical.CanonicalJson;

/** The access-denial log as audited records ({@code denial:<id>}): who was refused what, why, with which certificate. */
@Stateless
public class DenialRecords implements AuditedRecords {
    static final String PREFIX = "denial:";

    @PersistenceContext
    EntityManager em;

    @Override
    public String aggregatePrefix() {
        return PREFIX;
    }

    @Override
    public List<AuditSnapshot> currentSnapshots() {
        return em.createQuery("SELECT d FROM AccessDenial d", AccessDenial.class).getResultStream()
                .map(DenialRecords::snapshot).toList();
    }

    static AuditSnapshot snapshot(AccessDenial d) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", d.getId())
                .add("at", CanonicalJson.instant(d.getAt())).add("action", d.getAction()).add("refusal", d.getRefusal());
        CanonicalJson.addNullable(b, "username", d.getUsername());
        CanonicalJson.addNullable(b, "fingerprint", d.getFingerprint());
        CanonicalJson.addNullable(b, "detail", d.getDetail());
        return new AuditSnapshot(PREFIX + d.getId(), b.build());
    }
}
