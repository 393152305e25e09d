package org.parkchain.ledger.contract;

import jakarta.json.JsonObject;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * One audit record as the ledger sees it: the outbox entry id, its type, the business aggregate it is about and the
 * SHA-256 of the entry (see the outbox for what the hash covers). Its canonical JSON is the Merkle leaf data.
 */
public record AuditEntry(String id, String type, String aggregateId, String hash) {

    public JsonObject toJson() {
        return CanonicalJson.JSON.createObjectBuilder().add("aggregateId", aggregateId).add("hash", hash).add("id", id)
                .add("type", type).build();
    }

    public byte[] leafData() {
        return CanonicalJson.bytes(toJson());
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(leafData());
    }

    public static AuditEntry fromJson(JsonObject o) {
        return new AuditEntry(o.getString("id", null), o.getString("type", null), o.getString("aggregateId", null),
                o.getString("hash", null));
    }
}
