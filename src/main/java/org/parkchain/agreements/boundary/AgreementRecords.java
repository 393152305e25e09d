package org.parkchain.agreements.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.ledger.boundary.AuditedRecords;

/** As audited records: agreements, from signing to their end. */
@Stateless
public class AgreementRecords implements AuditedRecords {
    @PersistenceContext
    EntityManager em;

    @Override
    public String aggregatePrefix() {
        return "agreement:";
    }

    @Override
    public List<AuditSnapshot> currentSnapshots() {
        return em.createQuery("SELECT a FROM Agreement a", Agreement.class).getResultStream()
                .map(AgreementSnapshots::of).toList();
    }
}
