package org.parkchain.ledger.control;

import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.contract.MerkleTree;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/** A batch of outbox entries in leaf order, with its RFC 6962 Merkle root: one ledger transaction. */
public record MirrorBatch(String id, List<AuditEntry> entries, String merkleRoot) {

    public static MirrorBatch of(String id, List<AuditEntry> entries) {
        return new MirrorBatch(id, List.copyOf(entries), Hashes.hex(MerkleTree.root(leafHashes(entries))));
    }

    public static List<byte[]> leafHashes(List<AuditEntry> entries) {
        List<byte[]> leaves = new ArrayList<>(entries.size());
        entries.forEach(e -> leaves.add(e.leafHash()));
        return leaves;
    }

    /** The argument of the contract's RecordBatch function. */
    public String toJson() {
        JsonArrayBuilder array = CanonicalJson.JSON.createArrayBuilder();
        entries.forEach(e -> array.add(e.toJson()));
        return CanonicalJson.write(CanonicalJson.JSON.createObjectBuilder().add("batchId", id).add("merkleRoot", merkleRoot)
                .add("entries", array).build());
    }
}
