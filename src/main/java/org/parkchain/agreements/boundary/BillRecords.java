package org.parkchain.agreements.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parkchain.agreements.entity.Bill;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.ledger.boundary.AuditedRecords;

/** As audited records: issued bills. */
@Stateless
public class BillRecords implements AuditedRecords {
    @PersistenceContext
    EntityManager em;

    @Override
    public String aggregatePrefix() {
        return "bill:";
    }

    @Override
    public List<AuditSnapshot> currentSnapshots() {
        return em.createQuery("SELECT b FROM Bill b", Bill.class).getResultStream()
                .map(AgreementSnapshots::of).toList();
    }
}
