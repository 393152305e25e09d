package org.parkchain.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.ledger.boundary.AuditedRecords;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * The market CA's revocation lists as audited records ({@code crl:<number>}): a CRL deleted or replaced in the
 * database is reported by the audit, so the revocation state cannot be rolled back unnoticed.
 */
@Stateless
public class CrlRecords implements AuditedRecords {
    static final String PREFIX = "crl:";

    @PersistenceContext
    EntityManager em;

    @Override
    public String aggregatePrefix() {
        return PREFIX;
    }

    @Override
    public List<AuditSnapshot> currentSnapshots() {
        return snapshots(em);
    }

    static List<AuditSnapshot> snapshots(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT number, this_update, next_update, der FROM access_crl")
                .getResultList();
        return rows.stream().map(r -> snapshot(((Number) r[0]).longValue(), ((Timestamp) r[1]).toInstant(),
                ((Timestamp) r[2]).toInstant(), (byte[]) r[3])).toList();
    }

    static AuditSnapshot snapshot(long number, Instant thisUpdate, Instant nextUpdate, byte[] der) {
        return new AuditSnapshot(PREFIX + number, CanonicalJson.JSON.createObjectBuilder().add("number", number)
                .add("thisUpdate", CanonicalJson.instant(thisUpdate)).add("nextUpdate", CanonicalJson.instant(nextUpdate))
                .add("sha256", Hashes.hex(Hashes.sha256(der))).build());
    }
}
