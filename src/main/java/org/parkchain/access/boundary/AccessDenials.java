package org.parkchain.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.parkchain.access.entity.AccessDenial;

/** The log of refused market actions. A denial is kept even though the refused action rolls back. */
@Stateless
public class AccessDenials {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String username, String action, String refusal, String fingerprint, String detail) {
        em.persist(new AccessDenial(clock.instant(), username, action, refusal, fingerprint, detail));
    }

    public List<AccessDenial> latest(int max) {
        return em.createQuery("SELECT d FROM AccessDenial d ORDER BY d.at DESC, d.id DESC", AccessDenial.class)
                .setMaxResults(max).getResultList();
    }
}
