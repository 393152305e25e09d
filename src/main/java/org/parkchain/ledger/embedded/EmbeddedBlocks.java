package org.parkchain.ledger.embedded;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.parkchain.ledger.contract.MerkleTree;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * How the embedded ledger hashes what it stores; the ledger and its verifier both use these functions. A write set
 * hashes as the canonical list of keys with their values' SHA-256; a transaction as its canonical JSON; a block's
 * data hash is the RFC 6962 root over its transactions; the header chains the previous header's hash and is what the
 * node signs.
 */
public final class EmbeddedBlocks {
    public static final String GENESIS_PREVIOUS_HASH = "0".repeat(64);
    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private EmbeddedBlocks() {
    }

    /** @param writes keys in order with their values */
    public static String writeSetHash(Map<String, byte[]> writes) {
        JsonArrayBuilder array = CanonicalJson.JSON.createArrayBuilder();
        writes.forEach((k, v) -> array.add(CanonicalJson.JSON.createObjectBuilder().add("key", k)
                .add("valueHash", Hashes.hex(Hashes.sha256(v)))));
        return Hashes.hex(Hashes.sha256(CanonicalJson.bytes(array.build())));
    }

    public static JsonObject transaction(String txId, String function, String arguments, String callerMsp,
                                         String callerRole, String result, Instant createdAt, String writeSetHash) {
        var b = CanonicalJson.JSON.createObjectBuilder().add("txId", txId).add("function", function).add("arguments", arguments)
                .add("callerMsp", callerMsp).add("result", result).add("createdAt", CanonicalJson.instant(createdAt))
                .add("writeSetHash", writeSetHash);
        return CanonicalJson.addNullable(b, "callerRole", callerRole).build();
    }

    public static byte[] transactionLeaf(JsonObject transaction) {
        return MerkleTree.leafHash(CanonicalJson.bytes(transaction));
    }

    public static String txHash(JsonObject transaction) {
        return Hashes.hex(Hashes.sha256(CanonicalJson.bytes(transaction)));
    }

    public static String dataHash(List<byte[]> transactionLeaves) {
        return Hashes.hex(MerkleTree.root(transactionLeaves));
    }

    public static byte[] header(long number, String previousHash, String dataHash, int txCount, Instant createdAt,
                                String nodeKeyFingerprint) {
        return CanonicalJson.bytes(CanonicalJson.JSON.createObjectBuilder().add("number", number).add("previousHash", previousHash)
                .add("dataHash", dataHash).add("txCount", txCount).add("createdAt", CanonicalJson.instant(createdAt))
                .add("nodeKey", nodeKeyFingerprint).build());
    }

    public static String headerHash(byte[] header) {
        return Hashes.hex(Hashes.sha256(header));
    }
}
