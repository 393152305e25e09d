package org.parkchain.access.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parkchain.access.control.KeyReuse;

/**
 * Where a public key was used before: every certificate issued for it (with its holder and revocation reason) and
 * every application of another participant still waiting for it. Joins the caller's transaction; the rule itself is
 * {@link KeyReuse}.
 */
@Dependent
public class KeyHistory {
    @PersistenceContext
    EntityManager em;

    /** Why the key may not be certified for the participant, if it may not. */
    public Optional<KeyReuse.Problem> problem(long participantId, byte[] publicKeyDer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.participant_id, c.revocation_reason FROM access_application a
                LEFT JOIN access_certificate c ON c.application_id = a.id
                WHERE sha256(a.public_key) = sha256(?) AND a.public_key = ?
                  AND (c.id IS NOT NULL OR a.status = 'PENDING')""")
                .setParameter(1, publicKeyDer).setParameter(2, publicKeyDer).getResultList();
        return KeyReuse.check(participantId, rows.stream().map(r -> new KeyReuse.PriorUse(
                ((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).intValue())).toList());
    }
}
