package org.parkchain.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parkchain.identity.control.IdentityAudit;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.ledger.boundary.AuditedRecords;

/** Users as audited records: their snapshots recomputed from the current rows for the audit verifier. */
@Stateless
public class UserRecords implements AuditedRecords {
    @PersistenceContext
    EntityManager em;

    @Override
    public String aggregatePrefix() {
        return IdentityAudit.USER_PREFIX;
    }

    @Override
    public List<AuditSnapshot> currentSnapshots() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultStream()
                .map(IdentityAudit::user).toList();
    }
}
