package org.parkchain.ledger.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** An outbox row as the verifier reads it. */
public record OutboxRow(long seq, String entryId, String type, String aggregateId, String payload, String payloadHash,
                        String entryHash, String actor, String signerFingerprint, Instant committedAt, String batchId,
                        Integer leafIndex, String ledgerTxId, Instant mirroredAt) {

    public static final String COLUMNS = "seq, entry_id, type, aggregate_id, payload, payload_hash, entry_hash, actor, "
            + "signer_fingerprint, committed_at, batch_id, leaf_index, ledger_tx_id, mirrored_at";

    public static OutboxRow read(ResultSet rs) throws SQLException {
        Timestamp mirrored = rs.getTimestamp(14);
        int leaf = rs.getInt(12);
        return new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                rs.getString(11), rs.wasNull() ? null : leaf, rs.getString(13),
                mirrored == null ? null : mirrored.toInstant());
    }

    public OutboxEnvelope envelope() {
        return new OutboxEnvelope(entryId, type, aggregateId, OutboxEnvelope.payloadHash(payload), actor,
                signerFingerprint, committedAt);
    }

    public boolean mirrored() {
        return mirroredAt != null;
    }
}
