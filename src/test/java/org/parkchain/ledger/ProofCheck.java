package org.parkchain.ledger;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * An offline checker for downloaded audit proofs, written from the proof's own instructions with nothing but the JDK
 * and JSON-P, and deliberately sharing no code with the application (it is the test oracle).
 */
final class ProofCheck {
    private static final HexFormat HEX = HexFormat.of();

    private ProofCheck() {
    }

    /** @return null when the proof checks out, else what failed */
    static String check(JsonObject proof) throws Exception {
        String payloadHash = sha256Hex(canonical(proof.get("payload")));
        if (!payloadHash.equals(proof.getString("payloadHash"))) {
            return "payload hash";
        }
        JsonObject entry = proof.getJsonObject("entry");
        if (!payloadHash.equals(entry.getString("payloadHash"))) {
            return "entry does not carry the payload hash";
        }
        String entryHash = sha256Hex(canonical(entry));
        if (!entryHash.equals(proof.getString("entryHash"))
                || !entryHash.equals(proof.getJsonObject("leaf").getString("hash"))) {
            return "entry hash";
        }
        byte[] node = sha(new byte[] {0}, canonical(proof.getJsonObject("leaf")));
        long fn = proof.getInt("leafIndex");
        long sn = proof.getInt("treeSize") - 1L;
        for (JsonValue v : proof.getJsonArray("auditPath")) {
            byte[] p = HEX.parseHex(((jakarta.json.JsonString) v).getString());
            if (sn == 0) {
                return "path too long";
            }
            if ((fn & 1) == 1 || fn == sn) {
                node = sha(new byte[] {1}, p, node);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                node = sha(new byte[] {1}, node, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0 || !HEX.formatHex(node).equals(proof.getString("merkleRoot"))) {
            return "Merkle path does not lead to the root";
        }
        JsonObject ledger = proof.getJsonObject("ledger");
        if (!ledger.containsKey("block")) {
            return null;
        }
        JsonObject block = ledger.getJsonObject("block");
        JsonObject tx = block.getJsonObject("transaction");
        if (!tx.getString("result").contains(proof.getString("merkleRoot"))) {
            return "the block's transaction does not record this root";
        }
        String dataHash = HEX.formatHex(sha(new byte[] {0}, canonical(tx)));
        JsonObject header = block.getJsonObject("header");
        if (!dataHash.equals(header.getString("dataHash"))) {
            return "block data hash";
        }
        byte[] headerBytes = canonical(header);
        if (!sha256Hex(headerBytes).equals(block.getString("headerHash"))) {
            return "block header hash";
        }
        var cert = CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(
                block.getString("nodeCertificate").getBytes(StandardCharsets.US_ASCII)));
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initVerify(cert.getPublicKey());
        signature.update(headerBytes);
        return signature.verify(Base64.getDecoder().decode(block.getString("signature"))) ? null : "block signature";
    }

    /** Keys sorted, no white space, UTF-8. */
    static byte[] canonical(JsonValue value) {
        StringWriter out = new StringWriter();
        Json.createWriter(out).write(sort(value));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonValue sort(JsonValue value) {
        if (value instanceof JsonObject o) {
            Map<String, JsonValue> sorted = new TreeMap<>(o);
            var b = Json.createObjectBuilder();
            sorted.forEach((k, v) -> b.add(k, sort(v)));
            return b.build();
        }
        if (value instanceof JsonArray a) {
            var b = Json.createArrayBuilder();
            a.forEach(v -> b.add(sort(v)));
            return b.build();
        }
        return value;
    }

    private static String sha256Hex(byte[] data) throws Exception {
        return HEX.formatHex(sha(data));
    }

    private static byte[] sha(byte[]... parts) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        for (byte[] p : parts) {
            d.update(p);
        }
        return d.digest();
    }
}
