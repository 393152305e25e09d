package org.parkchain.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parkchain.identity.control.IdentityAudit;
import org.parkchain.identity.entity.Participant;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.ledger.boundary.AuditedRecords;

/** Participants as audited records: their snapshots recomputed from the current rows for the audit verifier. */
@Stateless
public class ParticipantRecords implements AuditedRecords {
    @PersistenceContext
    EntityManager em;

    @Override
    public String aggregatePrefix() {
        return IdentityAudit.PARTICIPANT_PREFIX;
    }

    @Override
    public List<AuditSnapshot> currentSnapshots() {
        return em.createNamedQuery(Participant.ALL, Participant.class).getResultStream().map(IdentityAudit::participant).toList();
    }
}
