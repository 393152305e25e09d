package org.parkchain.agreements.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parkchain.agreements.entity.TariffVersion;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.ledger.boundary.AuditedRecords;

/** As audited records: the catalog tariff's versions. */
@Stateless
public class TariffRecords implements AuditedRecords {
    @PersistenceContext
    EntityManager em;

    @Override
    public String aggregatePrefix() {
        return "tariff:";
    }

    @Override
    public List<AuditSnapshot> currentSnapshots() {
        return em.createQuery("SELECT t FROM TariffVersion t", TariffVersion.class).getResultStream()
                .map(AgreementSnapshots::of).toList();
    }
}
