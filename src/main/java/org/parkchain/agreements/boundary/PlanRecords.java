package org.parkchain.agreements.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parkchain.agreements.entity.RetailPlan;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.ledger.boundary.AuditedRecords;

/** As audited records: published and withdrawn plan versions (drafts are not on the ledger until published). */
@Stateless
public class PlanRecords implements AuditedRecords {
    @PersistenceContext
    EntityManager em;

    @Override
    public String aggregatePrefix() {
        return "plan:";
    }

    @Override
    public List<AuditSnapshot> currentSnapshots() {
        return em.createQuery("SELECT p FROM RetailPlan p WHERE p.status <> org.parkchain.agreements.entity.RetailPlan.Status.DRAFT", RetailPlan.class).getResultStream()
                .map(AgreementSnapshots::of).toList();
    }
}
