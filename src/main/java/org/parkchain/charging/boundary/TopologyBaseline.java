package org.parkchain.charging.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.parkchain.charging.control.ChargingAudit;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.platform.persistence.AdvisoryLock;

/**
 * The one-time ledger baseline of a topology created before schema 011 (requested by migration V011): every
 * transformer and station that has no ledger record yet is recorded as it stands. Runs once, under a lock, in one
 * transaction; fresh databases skip it.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class TopologyBaseline {
    private static final Logger LOG = Logger.getLogger(TopologyBaseline.class.getName());
    static final String NAME = "schema-011";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @PostConstruct
    void start() {
        run();
    }

    /** Records the baseline if migration V011 requested one and it has not run yet; a no-op otherwise. */
    public void run() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + AdvisoryLock.TOPOLOGY_BASELINE.id() + ")")
                .getSingleResult();
        if (em.createNativeQuery("SELECT 1 FROM charging_topology_baseline WHERE name = ? AND done_at IS NULL")
                .setParameter(1, NAME).getResultList().isEmpty()) {
            return;
        }
        Set<String> recorded = recordedKeys();
        int transformers = recordMissing(ChargingAudit.TRANSFORMER_BASELINE, recorded);
        int stations = recordMissing(ChargingAudit.STATION_BASELINE, recorded);
        em.createNativeQuery("UPDATE charging_topology_baseline SET done_at = now() WHERE name = ?")
                .setParameter(1, NAME).executeUpdate();
        LOG.info(() -> "Topology baseline of schema 011: " + transformers + " transformers and " + stations
                + " stations recorded for the first time");
    }

    private <T> int recordMissing(AuditEvent<T> event, Set<String> recorded) {
        List<T> missing = event.aggregate().currentRows(em)
                .filter(row -> !recorded.contains(event.aggregate().snapshot(row).aggregateId())).toList();
        missing.forEach(row -> outbox.record(event, row));
        return missing.size();
    }

    private Set<String> recordedKeys() {
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery("""
                SELECT DISTINCT aggregate_id FROM ledger_outbox
                WHERE aggregate_id LIKE 'transformer:%' OR aggregate_id LIKE 'station:%'""").getResultList();
        return new HashSet<>(keys);
    }
}
