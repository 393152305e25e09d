package org.parkchain.ledger.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.parkchain.ledger.control.AuditCheck;
import org.parkchain.ledger.control.AuditedAggregate;
import org.parkchain.ledger.control.ChainReport;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.ledger.control.LedgerReader;
import org.parkchain.ledger.control.OutboxEnvelope;
import org.parkchain.ledger.control.OutboxRow;
import org.parkchain.ledger.control.VerificationReport;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * The regulator's proof that the database says what the ledger recorded: has the ledger check its own chain, then
 * compares every outbox entry and every current business record with the ledger (see {@link AuditCheck}). Reads
 * only; runs in one repeatable-read snapshot of the database so concurrent business work cannot cause false alarms.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class AuditVerification {
    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    @Inject
    @Any
    Instance<AuditedAggregate<?>> aggregates;

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerGateway ledger;


    @Inject
    Clock clock;

    public VerificationReport verify() throws SQLException, LedgerException {
        Instant started = clock.instant();
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        }
        List<OutboxRow> rows = outbox(); // before the ledger: an entry mirrored meanwhile then reads as pending
        Map<String, String> current = new HashMap<>();
        for (AuditedAggregate<?> aggregate : aggregates) {
            aggregate.current(em).forEach(s -> current.put(s.aggregateId(),
                    OutboxEnvelope.payloadHash(CanonicalJson.write(s.payload()))));
        }
        AuditCheck check = new AuditCheck();
        LedgerReader reader = new LedgerReader(ledger);
        for (String batchId : reader.batchIds()) {
            check.addBatch(reader.batch(batchId));
        }
        var findings = check.check(rows, current);
        ChainReport chain = ledger.checkChain();
        long mirrored = rows.stream().filter(OutboxRow::mirrored).count();
        return new VerificationReport(started, Duration.between(started, clock.instant()), ledger.kind(), chain,
                current.size(), rows.size(), mirrored, rows.size() - mirrored, check.ledgerEntries(), findings);
    }

    public Optional<OutboxRow> entry(String entryId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + OutboxRow.COLUMNS
                     + " FROM ledger_outbox WHERE entry_id::text = ?")) {
            s.setString(1, entryId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(OutboxRow.read(rs)) : Optional.empty();
            }
        }
    }

    /** The audit entries of one record, oldest first. */
    public List<OutboxRow> history(String aggregateId) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + OutboxRow.COLUMNS
                     + " FROM ledger_outbox WHERE aggregate_id = ? ORDER BY seq")) {
            s.setString(1, aggregateId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(OutboxRow.read(rs));
                }
            }
        }
        return rows;
    }

    private List<OutboxRow> outbox() throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + OutboxRow.COLUMNS + " FROM ledger_outbox ORDER BY seq");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(OutboxRow.read(rs));
            }
        }
        return rows;
    }
}
