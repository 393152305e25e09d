package org.parkchain.testsupport.fabric;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.contract.MerkleTree;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * Audit batches as the outbox mirror sends them to RecordBatch: {@code {"batchId","merkleRoot","entries":[...]}} in
 * canonical JSON, with the RFC 6962 root over the entries' canonical JSON.
 */
public final class Batches {
    private Batches() {
    }

    /** Entries with the given ids about one aggregate, each with a distinct SHA-256 content hash. */
    public static List<AuditEntry> entries(String aggregateId, String... ids) {
        List<AuditEntry> entries = new ArrayList<>();
        for (String id : ids) {
            String hash = Hashes.sha256Hex("content of " + id);
            entries.add(new AuditEntry(id, "charging.session.closed", aggregateId, hash));
        }
        return entries;
    }

    public static String merkleRoot(List<AuditEntry> entries) {
        return Hashes.hex(MerkleTree.root(entries.stream().map(AuditEntry::leafHash).toList()));
    }

    public static String json(String batchId, List<AuditEntry> entries) {
        return json(batchId, merkleRoot(entries), entries);
    }

    /** A batch that declares the given root, right or wrong. */
    public static String json(String batchId, String merkleRoot, List<AuditEntry> entries) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        entries.forEach(e -> array.add(e.toJson()));
        return CanonicalJson.write(Json.createObjectBuilder().add("batchId", batchId).add("merkleRoot", merkleRoot)
                .add("entries", array).build());
    }
}
