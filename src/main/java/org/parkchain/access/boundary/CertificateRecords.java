package org.parkchain.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.ledger.boundary.AuditedRecords;

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
                .map(Enrollment::snapshot).toList();
    }
}
