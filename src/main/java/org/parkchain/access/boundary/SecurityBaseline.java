package org.parkchain.access.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.parkchain.access.control.AccessAudit;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.control.IdentityAudit;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditSnapshot;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;
import org.parkchain.platform.persistence.AdvisoryLock;

/**
 * The one-time baseline of a database created before schema 009 (requested by migration V010): users are recorded
 * again with their credential digest and lock, but only those whose market fields still match their last ledger
 * entry, so a user changed behind the application's back before the upgrade stays reported; CRLs and access denials
 * that were never recorded are recorded. Runs once, under a lock, in one transaction; fresh databases skip it.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "CertificateAuthority"})
public class SecurityBaseline {
    private static final Logger LOG = Logger.getLogger(SecurityBaseline.class.getName());
    static final String NAME = "schema-009";

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Outbox outbox;


    @PostConstruct
    void start() {
        run();
    }

    /** Records the baseline if migration V010 requested one and it has not run yet; a no-op otherwise. */
    public void run() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + AdvisoryLock.SECURITY_BASELINE.id() + ")").getSingleResult();
        if (em.createNativeQuery("SELECT 1 FROM access_security_baseline WHERE name = ? AND done_at IS NULL")
                .setParameter(1, NAME).getResultList().isEmpty()) {
            return;
        }
        Map<String, String> last = lastPayloadHashes();
        int users = 0;
        for (UserAccount u : accounts.all()) {
            AuditSnapshot before = IdentityAudit.userBefore009(u);
            if (Hashes.sha256Hex(CanonicalJson.write(before.payload())).equals(last.get(before.aggregateId()))) {
                outbox.record(IdentityAudit.SECURITY_BASELINE, u);
                users++;
            }
        }
        int others = 0;
        others += AccessAudit.CRL.currentRows(em).mapToInt(c -> recordIfNew(AccessAudit.CRL_BASELINE, c, last)).sum();
        others += AccessAudit.DENIAL.currentRows(em).mapToInt(d -> recordIfNew(AccessAudit.DENIAL_BASELINE, d, last))
                .sum();
        em.createNativeQuery("UPDATE access_security_baseline SET done_at = now() WHERE name = ?")
                .setParameter(1, NAME).executeUpdate();
        int total = users;
        int rest = others;
        LOG.info(() -> "Security baseline of schema 009: " + total + " users recorded again, " + rest
                + " CRLs and denials recorded for the first time");
    }

    private <T> int recordIfNew(AuditEvent<T> event, T aggregate, Map<String, String> last) {
        if (last.containsKey(event.aggregate().snapshot(aggregate).aggregateId())) {
            return 0;
        }
        outbox.record(event, aggregate);
        return 1;
    }

    private Map<String, String> lastPayloadHashes() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT ON (aggregate_id) aggregate_id, payload_hash FROM ledger_outbox
                WHERE aggregate_id LIKE 'user:%' OR aggregate_id LIKE 'crl:%' OR aggregate_id LIKE 'denial:%'
                ORDER BY aggregate_id, seq DESC""").getResultList();
        Map<String, String> last = new HashMap<>();
        rows.forEach(r -> last.put((String) r[0], ((String) r[1]).trim()));
        return last;
    }
}
