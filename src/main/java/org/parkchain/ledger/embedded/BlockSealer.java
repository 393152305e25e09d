package org.parkchain.ledger.embedded;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * Seals one transaction into the next block of the embedded ledger: the block chains the previous header's hash,
 * carries the Merkle root of its transaction and the node's signature over its header; the transaction keeps its
 * write set, and the world state takes the writes. Runs in the caller's connection, under the chain lock.
 */
final class BlockSealer {
    private BlockSealer() {
    }

    static void seal(Connection c, EmbeddedNodeKey nodeKey, String txId, String function, String[] args,
                     Caller caller, String result, Instant now, Map<String, byte[]> writes) throws SQLException {
        long number = 0;
        String previousHash = EmbeddedBlocks.GENESIS_PREVIOUS_HASH;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT number, header_hash FROM ledger_block ORDER BY number DESC LIMIT 1");
             ResultSet rs = s.executeQuery()) {
            if (rs.next()) {
                number = rs.getLong(1) + 1;
                previousHash = rs.getString(2);
            }
        }
        JsonArrayBuilder argArray = CanonicalJson.JSON.createArrayBuilder();
        for (String a : args) {
            argArray.add(a);
        }
        String arguments = CanonicalJson.write(argArray.build());
        String writeSetHash = EmbeddedBlocks.writeSetHash(writes);
        JsonObject tx = EmbeddedBlocks.transaction(txId, function, arguments, caller.mspId(), caller.role(), result,
                now, writeSetHash);
        String dataHash = EmbeddedBlocks.dataHash(List.of(EmbeddedBlocks.transactionLeaf(tx)));
        byte[] header = EmbeddedBlocks.header(number, previousHash, dataHash, 1, now, nodeKey.fingerprint());
        Timestamp created = Timestamp.from(now);
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO ledger_block (number, previous_hash, data_hash, tx_count, created_at, node_key_id,
                                          header_hash, signature) VALUES (?, ?, ?, 1, ?, ?, ?, ?)""")) {
            s.setLong(1, number);
            s.setString(2, previousHash);
            s.setString(3, dataHash);
            s.setTimestamp(4, created);
            s.setInt(5, nodeKey.keyId());
            s.setString(6, EmbeddedBlocks.headerHash(header));
            s.setBytes(7, nodeKey.sign(header));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO ledger_transaction (tx_id, block_number, tx_index, function, arguments, caller_msp,
                    caller_role, result, created_at, write_set_hash, tx_hash) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, txId);
            s.setLong(2, number);
            s.setString(3, function);
            s.setString(4, arguments);
            s.setString(5, caller.mspId());
            s.setString(6, caller.role());
            s.setString(7, result);
            s.setTimestamp(8, created);
            s.setString(9, writeSetHash);
            s.setString(10, EmbeddedBlocks.txHash(tx));
            s.executeUpdate();
        }
        if (writes.isEmpty()) {
            return;
        }
        var keys = c.createArrayOf("text", writes.keySet().toArray());
        var values = c.createArrayOf("bytea", writes.values().toArray(new byte[0][]));
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO ledger_write (state_key, tx_id, block_number, value)
                SELECT k, ?, ?, v FROM unnest(?::text[], ?::bytea[]) AS u(k, v)""")) {
            s.setString(1, txId);
            s.setLong(2, number);
            s.setArray(3, keys);
            s.setArray(4, values);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO ledger_state (state_key, value, block_number, tx_id)
                SELECT k, v, ?, ? FROM unnest(?::text[], ?::bytea[]) AS u(k, v)
                ON CONFLICT (state_key) DO UPDATE SET value = EXCLUDED.value, block_number = EXCLUDED.block_number,
                    tx_id = EXCLUDED.tx_id""")) {
            s.setLong(1, number);
            s.setString(2, txId);
            s.setArray(3, keys);
            s.setArray(4, values);
            s.executeUpdate();
        }
    }
}
