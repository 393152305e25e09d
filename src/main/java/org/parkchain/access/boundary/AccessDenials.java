package org.parkchain.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.parkchain.access.control.AccessAudit;
import org.parkchain.access.entity.AccessDenial;
import org.parkchain.ledger.boundary.Outbox;

/**
 * The log of refused market actions. A denial is kept even though the refused action rolls back, and it is recorded
 * on the ledger ({@code denial:<id>}), so deleting or editing the log is reported by the audit.
 */
@Stateless
public class AccessDenials {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String username, String action, String refusal, String fingerprint, String detail) {
        AccessDenial denial = new AccessDenial(clock.instant(), username, clip(action, 64), refusal, fingerprint,
                clip(detail, 500));
        em.persist(denial);
        em.flush(); // identity ids are assigned by PostgreSQL on insert
        outbox.record(AccessAudit.DENIED, denial);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public List<AccessDenial> latest(int max) {
        return em.createQuery("SELECT d FROM AccessDenial d ORDER BY d.at DESC, d.id DESC", AccessDenial.class)
                .setMaxResults(max).getResultList();
    }
}
