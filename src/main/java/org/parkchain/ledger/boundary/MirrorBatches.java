package org.parkchain.ledger.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.control.MirrorBatch;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * The mirror's bookkeeping in the database, one short transaction per step so that a crash between steps loses
 * nothing. Business rules: entries are cut into batches in outbox order, and only once every transaction that could
 * still add an earlier entry has ended (the entry's transaction id is below the oldest running one), so no entry is
 * ever skipped; a batch is written down before it is submitted and resubmitted unchanged after a crash (the contract
 * treats the repeat as a no-op); an entry gets its ledger transaction id, batch and leaf index only from the
 * ledger's receipt. Several batches may be on their way at once; each is confirmed by itself, in any order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MirrorBatches {
    private static final String CUT = """
            SELECT seq, entry_id, type, aggregate_id, entry_hash, committed_at FROM ledger_outbox
            WHERE batch_id IS NULL AND txid < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY seq LIMIT ?""";

    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** A batch that was cut but not confirmed, with the id of the transaction last sent for it (null: none sent). */
    public record Unconfirmed(MirrorBatch batch, String submittedTxId) {
    }

    /** The batches cut but not confirmed by the ledger (left over from a crash or an outage), oldest first. */
    public List<Unconfirmed> unconfirmed() throws SQLException {
        List<Unconfirmed> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, submitted_tx_id FROM mirror_batch WHERE mirrored_at IS NULL ORDER BY id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] row : rows) {
                found.add(new Unconfirmed(load(c, row[0]), row[1]));
            }
        }
        return found;
    }

    /**
     * Cuts the next batch in outbox order: up to {@code maxSize} entries and {@code maxBytes} bytes of the contract's
     * argument (at least one entry), or fewer once the oldest has waited {@code maxWait} (Fabric's BatchSize,
     * PreferredMaxBytes and BatchTimeout). Empty when there is nothing to cut yet.
     */
    public Optional<MirrorBatch> cut(int maxSize, int maxBytes, Duration maxWait) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Long> seqs = new ArrayList<>();
            List<AuditEntry> entries = new ArrayList<>();
            List<String> canonical = new ArrayList<>();
            Instant oldest = null;
            boolean full = false;
            int bytes = MirrorBatch.ENVELOPE_BYTES;
            try (PreparedStatement s = c.prepareStatement(CUT)) {
                s.setInt(1, maxSize);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry e = new AuditEntry(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5));
                        String json = MirrorBatch.entryJson(e);
                        bytes += MirrorBatch.entryBytes(json);
                        if (!entries.isEmpty() && bytes > maxBytes) {
                            full = true;
                            break;
                        }
                        seqs.add(rs.getLong(1));
                        entries.add(e);
                        canonical.add(json);
                        Instant committed = rs.getTimestamp(6).toInstant();
                        oldest = oldest == null || committed.isBefore(oldest) ? committed : oldest;
                    }
                }
            }
            full = full || entries.size() == maxSize;
            if (entries.isEmpty() || (!full && oldest.plus(maxWait).isAfter(clock.instant()))) {
                return Optional.empty();
            }
            String id;
            try (PreparedStatement s = c.prepareStatement("SELECT 'B' || lpad(nextval('mirror_batch_seq')::text, 12, '0')");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                id = rs.getString(1);
            }
            MirrorBatch batch = MirrorBatch.of(id, entries, canonical);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO mirror_batch (id, merkle_root, size, bytes, created_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, batch.merkleRoot());
                s.setInt(3, entries.size());
                s.setInt(4, batch.jsonBytes());
                s.setTimestamp(5, Timestamp.from(clock.instant()));
                s.executeUpdate();
            }
            Integer[] indexes = new Integer[seqs.size()];
            for (int i = 0; i < indexes.length; i++) {
                indexes[i] = i;
            }
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE ledger_outbox o SET batch_id = ?, leaf_index = u.idx
                    FROM unnest(?::bigint[], ?::int[]) AS u(seq, idx) WHERE o.seq = u.seq""")) {
                s.setString(1, id);
                s.setArray(2, c.createArrayOf("bigint", seqs.toArray()));
                s.setArray(3, c.createArrayOf("int4", indexes));
                s.executeUpdate();
            }
            return Optional.of(batch);
        }
    }

    /** Writes down the transaction about to be sent for a batch, before it can reach the ordering service. */
    public void submitting(String batchId, String txId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE mirror_batch SET submitted_tx_id = ? WHERE id = ?")) {
            s.setString(1, txId);
            s.setString(2, batchId);
            s.executeUpdate();
        }
    }

    /** Counts a submission attempt (shown on the audit page). */
    public void countAttempt(String batchId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE mirror_batch SET attempts = attempts + 1 WHERE id = ?")) {
            s.setString(1, batchId);
            s.executeUpdate();
        }
    }

    /**
     * Stores the ledger's receipt: the transaction id for the batch and its entries, and for entries the ledger
     * already held (reported as duplicates) the place where they were first recorded.
     */
    public void confirm(MirrorBatch batch, String receiptJson) throws SQLException {
        JsonObject receipt = CanonicalJson.parseObject(receiptJson);
        String txId = receipt.getString("txId");
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE mirror_batch SET ledger_tx_id = ?, mirrored_at = ? WHERE id = ?")) {
                s.setString(1, txId);
                s.setTimestamp(2, now);
                s.setString(3, batch.id());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE ledger_outbox SET ledger_tx_id = ?, mirrored_at = ? WHERE batch_id = ?")) {
                s.setString(1, txId);
                s.setTimestamp(2, now);
                s.setString(3, batch.id());
                s.executeUpdate();
            }
            for (JsonValue v : receipt.getJsonArray("duplicates")) {
                JsonObject d = v.asJsonObject();
                try (PreparedStatement s = c.prepareStatement("""
                        UPDATE ledger_outbox SET ledger_tx_id = ?, batch_id = ?, leaf_index = ?
                        WHERE entry_id = ?::uuid AND EXISTS (SELECT 1 FROM mirror_batch WHERE id = ?)""")) {
                    s.setString(1, d.getString("txId"));
                    s.setString(2, d.getString("batchId"));
                    s.setInt(3, d.getInt("leafIndex"));
                    s.setString(4, d.getString("id"));
                    s.setString(5, d.getString("batchId"));
                    s.executeUpdate();
                }
            }
        }
    }

    private MirrorBatch load(Connection c, String id) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT entry_id, type, aggregate_id, entry_hash FROM ledger_outbox
                WHERE batch_id = ? ORDER BY leaf_index""")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return MirrorBatch.of(id, entries);
    }
}
