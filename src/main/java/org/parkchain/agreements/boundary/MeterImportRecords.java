package org.parkchain.agreements.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.ledger.boundary.AuditedRecords;

/** As audited records: imports of meter readings (the file's hash, how many readings, whose and when). */
@Stateless
public class MeterImportRecords implements AuditedRecords {
    static final String COLUMNS = "id, sha256, readings, participants, first_at, last_at, source";

    @PersistenceContext
    EntityManager em;

    @Override
    public String aggregatePrefix() {
        return "meter-import:";
    }

    @Override
    public List<AuditSnapshot> currentSnapshots() {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM agreements_meter_import").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> AgreementSnapshots.meterImport(((Number) r[0])
                .longValue(), (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                ((Timestamp) r[4]).toLocalDateTime(), ((Timestamp) r[5]).toLocalDateTime(), (String) r[6])).toList();
    }
}
