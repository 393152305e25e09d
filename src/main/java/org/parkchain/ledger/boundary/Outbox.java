package org.parkchain.ledger.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditedChange;
import org.parkchain.ledger.control.OutboxEnvelope;
import org.parkchain.ledger.entity.OutboxEntry;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * The one call every feature makes for a market-relevant change. Business rule: the entry is written in the caller's
 * transaction (there must be one), so a change that commits has exactly one entry and a change that rolls back has
 * none. The actor is the authenticated caller, or {@value #SYSTEM_ACTOR} for work the application does by itself.
 * Nothing here talks to a ledger; the mirror worker does that after commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {
    public static final String SYSTEM_ACTOR = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    Event<LocalChanges.Recorded> recorded;

    /** Records a change of a declared aggregate: the event, with the aggregate's state after it. */
    public <T> UUID record(AuditEvent<T> event, T state) {
        return record(event.of(state));
    }

    /** Records a signed change: the signer's certificate fingerprint is hashed into the entry. */
    public <T> UUID record(AuditEvent<T> event, T state, String signerFingerprint) {
        return record(event.of(state).signedBy(signerFingerprint));
    }

    /** @return the entry id, which is also the record's key on the ledger */
    public UUID record(AuditedChange change) {
        String payload = CanonicalJson.write(change.snapshot());
        String payloadHash = OutboxEnvelope.payloadHash(payload);
        UUID id = UUID.randomUUID();
        Instant committedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = actor();
        OutboxEnvelope envelope = new OutboxEnvelope(id.toString(), change.type(), change.aggregateId(), payloadHash,
                actor, change.signerFingerprint(), committedAt);
        em.persist(new OutboxEntry(id, change.type(), change.aggregateId(), payload, payloadHash, envelope.hash(),
                actor, change.signerFingerprint(), committedAt));
        em.flush(); // a failing insert surfaces here, at the business call, not at commit
        recorded.fire(new LocalChanges.Recorded(change.type())); // counted by LocalChanges once committed
        return id;
    }

    private String actor() {
        Principal principal = session.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM_ACTOR : name;
    }
}
