package org.parkchain.ledger.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.persistence.AdvisoryLock;

/**
 * Private data on its way to the ledger. Business rule: a feature enqueues a submission (a contract function, its
 * arguments and one transient value) in its business transaction, so it reaches the ledger exactly when the change
 * commits; one node at a time submits the open ones in id order ({@link #drain}), stopping at the first that cannot
 * reach the ledger so that the order holds. A ledger that keeps no private data closes them as {@code NOT_KEPT}; a
 * function the contract refuses is closed as {@code REFUSED} with the reason (e.g. a repeat after a lost answer).
 */
@Stateless
public class PrivateOutbox {
    private static final Logger LOG = Logger.getLogger(PrivateOutbox.class.getName());
    static final int PER_DRAIN = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerGateway ledger;

    @Inject
    Clock clock;

    /** Queues a submission without transient data in the caller's transaction. */
    public void enqueue(String function, String... args) {
        enqueue(function, null, null, args);
    }

    /** Queues a submission with one transient value in the caller's transaction. */
    public void enqueue(String function, String transientKey, byte[] transientValue, String... args) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        for (String arg : args) {
            a.add(arg);
        }
        if (transientKey == null) {
            // a null bytea parameter would reach PostgreSQL as varchar: leave the columns out instead
            em.createNativeQuery("INSERT INTO ledger_private_outbox (function, args, created_at) VALUES (?, ?, ?)")
                    .setParameter(1, function).setParameter(2, a.build().toString())
                    .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
            return;
        }
        em.createNativeQuery("INSERT INTO ledger_private_outbox (function, args, transient_key, transient_value,"
                        + " created_at) VALUES (?, ?, ?, ?, ?)").setParameter(1, function)
                .setParameter(2, a.build().toString()).setParameter(3, transientKey).setParameter(4, transientValue)
                .setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
    }

    /** Submits the open submissions this node may take; returns how many it closed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int drain() {
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?)")
                .setParameter(1, AdvisoryLock.PRIVATE_SUBMISSIONS.id()).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("SELECT id, function, args, transient_key, transient_value"
                + " FROM ledger_private_outbox WHERE done_at IS NULL ORDER BY id LIMIT " + PER_DRAIN).getResultList();
        int closed = 0;
        for (Object[] row : open) {
            long id = ((Number) row[0]).longValue();
            String function = (String) row[1];
            String[] args = CanonicalJson.parseArray((String) row[2]).getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toArray(String[]::new);
            if (!ledger.keepsPrivateData()) {
                close(id, "NOT_KEPT", null);
                closed++;
                continue;
            }
            try {
                Map<String, byte[]> transientData = row[3] == null ? Map.of() : Map.of((String) row[3], (byte[]) row[4]);
                close(id, "COMMITTED", ledger.submitPrivate(function, transientData, args));
                closed++;
            } catch (LedgerException e) {
                if (e.kind() == LedgerException.Kind.REJECTED) {
                    close(id, "REFUSED", e.getMessage());
                    closed++;
                    continue;
                }
                LOG.fine(() -> "private submission " + id + " (" + function + ") waits: " + e.getMessage());
                em.createNativeQuery("UPDATE ledger_private_outbox SET attempts = attempts + 1, last_error = ?"
                        + " WHERE id = ?").setParameter(1, e.getMessage()).setParameter(2, id).executeUpdate();
                break;
            }
        }
        return closed;
    }

    private void close(long id, String outcome, String result) {
        em.createNativeQuery("UPDATE ledger_private_outbox SET done_at = ?, outcome = ?, result = ?, attempts ="
                        + " attempts + 1 WHERE id = ?").setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, outcome).setParameter(3, result).setParameter(4, id).executeUpdate();
    }
}
