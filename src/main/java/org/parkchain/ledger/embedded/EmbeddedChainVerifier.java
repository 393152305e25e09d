package org.parkchain.ledger.embedded;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.parkchain.ledger.control.ChainReport;
import org.parkchain.platform.canonical.Hashes;

/**
 * Checks the embedded ledger from the genesis block on: consecutive numbers, each block chaining the previous
 * header's hash, every transaction's write set and hash, the block's Merkle root over its transactions, its header
 * hash and the node's signature by a trusted node key (the key store's or a pinned one, never one merely registered in
 * the database); then that the world state equals the latest write of every key. It stops at the first broken block,
 * because nothing after it can be trusted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EmbeddedChainVerifier {
    private static final int MAX_STATE_PROBLEMS = 100;

    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    @Inject
    EmbeddedNodeKey nodeKey;

    private record NodeKey(String fingerprint, PublicKey key) {
    }

    private record Tx(JsonObject json, String writeSetHash, String txHash) {
    }

    public ChainReport verify() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Map<Integer, NodeKey> keys = nodeKeys(c);
            Set<String> trusted = nodeKey.trustedFingerprints();
            Map<String, TreeMap<String, byte[]>> writes = writes(c);
            Map<Long, List<Tx>> txs = transactions(c);
            long blocks = 0;
            long checkedTxs = 0;
            String previous = EmbeddedBlocks.GENESIS_PREVIOUS_HASH;
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT number, previous_hash, data_hash, tx_count, created_at, node_key_id, header_hash, signature
                    FROM ledger_block ORDER BY number""");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long number = rs.getLong(1);
                    List<Tx> blockTxs = txs.getOrDefault(number, List.of());
                    String problem = check(rs, blocks, previous, blockTxs, writes, keys, trusted);
                    if (problem != null) {
                        return new ChainReport(true, blocks, checkedTxs, number, List.of(problem));
                    }
                    previous = rs.getString(7);
                    blocks++;
                    checkedTxs += blockTxs.size();
                }
            }
            return new ChainReport(true, blocks, checkedTxs, null, stateProblems(c));
        }
    }

    /**
     * Everything needed to check offline that a ledger transaction is in a signed block: the transaction as hashed,
     * the block header fields, header hash, signature (Base64, DER) and the node certificate (PEM).
     */
    public java.util.Optional<JsonObject> blockEvidence(String txId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT t.tx_id, t.function, t.arguments, t.caller_msp, t.caller_role, t.result, t.created_at,
                            t.write_set_hash, b.number, b.previous_hash, b.data_hash, b.tx_count, b.created_at,
                            k.fingerprint, b.header_hash, b.signature, k.certificate_pem
                     FROM ledger_transaction t JOIN ledger_block b ON b.number = t.block_number
                     JOIN ledger_node_key k ON k.id = b.node_key_id WHERE t.tx_id = ?""")) {
            s.setString(1, txId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return java.util.Optional.empty();
                }
                JsonObject tx = EmbeddedBlocks.transaction(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getString(8));
                byte[] header = EmbeddedBlocks.header(rs.getLong(9), rs.getString(10), rs.getString(11),
                        rs.getInt(12), rs.getTimestamp(13).toInstant(), rs.getString(14));
                return java.util.Optional.of(jakarta.json.Json.createObjectBuilder()
                        .add("transaction", tx)
                        .add("header", org.parkchain.platform.canonical.CanonicalJson.parseObject(header))
                        .add("headerHash", rs.getString(15))
                        .add("signature", java.util.Base64.getEncoder().encodeToString(rs.getBytes(16)))
                        .add("signatureAlgorithm", EmbeddedBlocks.SIGNATURE_ALGORITHM)
                        .add("nodeCertificate", rs.getString(17)).build());
            }
        }
    }

    private static String check(ResultSet rs, long expected, String previous, List<Tx> txs,
                                Map<String, TreeMap<String, byte[]>> writes, Map<Integer, NodeKey> keys,
                                Set<String> trusted) throws SQLException {
        long number = rs.getLong(1);
        if (number != expected) {
            return "block " + expected + " is missing (found block " + number + " instead)";
        }
        if (!rs.getString(2).equals(previous)) {
            return "block " + number + " does not chain to the previous block's header hash";
        }
        if (txs.size() != rs.getInt(4)) {
            return "block " + number + " declares " + rs.getInt(4) + " transactions but holds " + txs.size();
        }
        List<byte[]> leaves = new ArrayList<>();
        for (Tx tx : txs) {
            String txId = tx.json().getString("txId");
            String writeSetHash = EmbeddedBlocks.writeSetHash(writes.getOrDefault(txId, new TreeMap<>()));
            if (!writeSetHash.equals(tx.writeSetHash()) || !writeSetHash.equals(tx.json().getString("writeSetHash"))) {
                return "block " + number + ": the write set of transaction " + txId + " was changed";
            }
            if (!EmbeddedBlocks.txHash(tx.json()).equals(tx.txHash())) {
                return "block " + number + ": transaction " + txId + " does not match its hash";
            }
            leaves.add(EmbeddedBlocks.transactionLeaf(tx.json()));
        }
        if (!EmbeddedBlocks.dataHash(leaves).equals(rs.getString(3))) {
            return "block " + number + ": the Merkle root of its transactions does not match";
        }
        NodeKey key = keys.get(rs.getInt(6));
        if (key == null) {
            return "block " + number + " names an unknown node key";
        }
        if (!trusted.contains(key.fingerprint())) {
            return "block " + number + " is signed by node key " + key.fingerprint() + ", which is not a trusted key "
                    + "of this ledger (the key store's, or one pinned in parkchain.ledger.embedded.trusted-node-keys)";
        }
        byte[] header = EmbeddedBlocks.header(number, previous, rs.getString(3), rs.getInt(4),
                rs.getTimestamp(5).toInstant(), key.fingerprint());
        if (!EmbeddedBlocks.headerHash(header).equals(rs.getString(7))) {
            return "block " + number + ": the header does not match its hash";
        }
        try {
            Signature signature = Signature.getInstance(EmbeddedBlocks.SIGNATURE_ALGORITHM);
            signature.initVerify(key.key());
            signature.update(header);
            if (!signature.verify(rs.getBytes(8))) {
                return "block " + number + ": the node signature is not valid";
            }
        } catch (GeneralSecurityException e) {
            return "block " + number + ": the node signature cannot be checked (" + e.getMessage() + ")";
        }
        return null;
    }

    private static List<String> stateProblems(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT coalesce(s.state_key, w.state_key), s.value IS NULL, w.value IS NULL
                FROM ledger_state s FULL JOIN (SELECT DISTINCT ON (state_key) state_key, value FROM ledger_write
                                               ORDER BY state_key, block_number DESC) w ON w.state_key = s.state_key
                WHERE s.value IS DISTINCT FROM w.value LIMIT ?""")) {
            s.setInt(1, MAX_STATE_PROBLEMS);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1).replace(PgContractState.SEPARATOR, '/');
                    problems.add("world state key " + key + (rs.getBoolean(2) ? " was deleted"
                            : rs.getBoolean(3) ? " was never written by a transaction" : " differs from its last write"));
                }
            }
        }
        return problems;
    }

    private static Map<Integer, NodeKey> nodeKeys(Connection c) throws SQLException {
        Map<Integer, NodeKey> keys = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, certificate_pem FROM ledger_node_key");
             ResultSet rs = s.executeQuery()) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            while (rs.next()) {
                var cert = factory.generateCertificate(new ByteArrayInputStream(
                        rs.getString(2).getBytes(StandardCharsets.US_ASCII)));
                // the fingerprint is computed from the certificate itself, never taken from the stored column
                keys.put(rs.getInt(1), new NodeKey(Hashes.hex(Hashes.sha256(cert.getEncoded())), cert.getPublicKey()));
            }
        } catch (GeneralSecurityException e) {
            throw new SQLException("a node certificate in ledger_node_key cannot be read", e);
        }
        return keys;
    }

    private static Map<String, TreeMap<String, byte[]>> writes(Connection c) throws SQLException {
        Map<String, TreeMap<String, byte[]>> writes = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT tx_id, state_key, value FROM ledger_write");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                writes.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getBytes(3));
            }
        }
        return writes;
    }

    private static Map<Long, List<Tx>> transactions(Connection c) throws SQLException {
        Map<Long, List<Tx>> txs = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT tx_id, block_number, function, arguments, caller_msp, caller_role, result, created_at,
                       write_set_hash, tx_hash FROM ledger_transaction ORDER BY block_number, tx_index""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                JsonObject json = EmbeddedBlocks.transaction(rs.getString(1), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        rs.getString(9));
                txs.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(new Tx(json, rs.getString(9), rs.getString(10)));
            }
        }
        return txs;
    }
}
