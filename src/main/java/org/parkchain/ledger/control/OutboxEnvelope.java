package org.parkchain.ledger.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * The outbox entry as hashed for the ledger: id, type, aggregate id, the payload's SHA-256, actor, signer fingerprint
 * and commit time. The ledger records the SHA-256 of this envelope's canonical JSON, so neither the business data nor
 * who did it nor when can change unnoticed.
 */
public record OutboxEnvelope(String id, String type, String aggregateId, String payloadHash, String actor,
                             String signerFingerprint, Instant committedAt) {

    public JsonObject toJson() {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", id).add("type", type)
                .add("aggregateId", aggregateId).add("payloadHash", payloadHash).add("actor", actor)
                .add("committedAt", CanonicalJson.instant(committedAt));
        return CanonicalJson.addNullable(b, "signerFingerprint", signerFingerprint).build();
    }

    public String hash() {
        return Hashes.hex(Hashes.sha256(CanonicalJson.bytes(toJson())));
    }

    public static String payloadHash(String canonicalPayload) {
        return Hashes.sha256Hex(canonicalPayload);
    }
}
