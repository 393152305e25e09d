package org.parkchain.ledger.control;

import jakarta.json.JsonArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.contract.MerkleTree;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/** A batch of outbox entries in leaf order, with its RFC 6962 Merkle root: one ledger transaction. */
public record MirrorBatch(String id, List<AuditEntry> entries, String merkleRoot) {
    /**
     * The bytes of a batch's JSON besides its entries, at most: the keys, a batch id of up to 32 characters, the
     * root, brackets and quotes.
     */
    public static final int ENVELOPE_BYTES = 160;

    public static MirrorBatch of(String id, List<AuditEntry> entries) {
        return new MirrorBatch(id, List.copyOf(entries), Hashes.hex(MerkleTree.root(leafHashes(entries))));
    }

    public static List<byte[]> leafHashes(List<AuditEntry> entries) {
        List<byte[]> leaves = new ArrayList<>(entries.size());
        entries.forEach(e -> leaves.add(e.leafHash()));
        return leaves;
    }

    /** The UTF-8 bytes one entry adds to a batch's JSON (its canonical JSON and a comma). */
    public static int entryBytes(AuditEntry e) {
        return CanonicalJson.write(e.toJson()).getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /** The UTF-8 bytes of {@link #toJson()}. */
    public int jsonBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8).length;
    }

    /** The argument of the contract's RecordBatch function. */
    public String toJson() {
        JsonArrayBuilder array = CanonicalJson.JSON.createArrayBuilder();
        entries.forEach(e -> array.add(e.toJson()));
        return CanonicalJson.write(CanonicalJson.JSON.createObjectBuilder().add("batchId", id).add("merkleRoot", merkleRoot)
                .add("entries", array).build());
    }
}
