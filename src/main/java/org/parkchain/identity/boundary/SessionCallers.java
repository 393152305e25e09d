package org.parkchain.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.SessionCaller;
import org.parkchain.identity.entity.UserAccount;

/**
 * The re-check of a logged-in session: the account and its participant in one query, kept only if the account may
 * still be used (enabled, participant active). Both go to the request, so the pages do not load the participant again.
 * The authentication mechanism takes the check again after {@code parkchain.identity.session-recheck} and at once
 * after an account or participant change commits on its node ({@link org.parkchain.identity.entity.SessionCheck}).
 */
@Stateless
public class SessionCallers {
    @PersistenceContext
    EntityManager em;

    /** The account behind a session and its participant, if the account may still use the application. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SessionCaller> active(String username) {
        return em.createNamedQuery(UserAccount.WITH_PARTICIPANT, Object[].class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .map(row -> new SessionCaller((UserAccount) row[0], (Participant) row[1]))
                .filter(c -> c.account().mayUseWith(c.participant()));
    }
}
