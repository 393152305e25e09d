package org.parkchain.ledger.control;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * A signed statement of the embedded ledger's head, for the regulator to download and keep outside the database (as
 * QLDB and immudb digests are kept): the newest block's number and header hash, signed by the ledger node's key. A
 * later check proves that the chain still contains that very block, i.e. that it only grew since. Whoever can write to
 * the database cannot forge one: the signature needs the node key, which lives in its key store file.
 *
 * @param nodeKey SHA-256 fingerprint of the node certificate; a verifier pins it, it does not trust the PEM alone
 */
public record ChainDigest(String ledger, long blockNumber, String headerHash, String blockCreatedAt, String issuedAt,
                          String nodeKey, String nodeCertificate, String signature) {
    public static final String FORMAT = "parkchain-ledger-digest/1";
    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    /** What the node signs: every field but the signature, as canonical JSON. */
    public byte[] signedBytes() {
        return CanonicalJson.bytes(CanonicalJson.JSON.createObjectBuilder().add("format", FORMAT).add("ledger", ledger)
                .add("blockNumber", blockNumber).add("headerHash", headerHash).add("blockCreatedAt", blockCreatedAt)
                .add("issuedAt", issuedAt).add("nodeKey", nodeKey).add("nodeCertificate", nodeCertificate).build());
    }

    public ChainDigest withSignature(byte[] der) {
        return new ChainDigest(ledger, blockNumber, headerHash, blockCreatedAt, issuedAt, nodeKey, nodeCertificate,
                Base64.getEncoder().encodeToString(der));
    }

    public JsonObject toJson() {
        return CanonicalJson.JSON.createObjectBuilder(CanonicalJson.parseObject(signedBytes()))
                .add("signatureAlgorithm", SIGNATURE_ALGORITHM).add("signature", signature).build();
    }

    /** @throws IllegalArgumentException naming what is missing or of the wrong kind */
    public static ChainDigest fromJson(JsonObject json) {
        try {
            if (!FORMAT.equals(json.getString("format", null))) {
                throw new IllegalArgumentException("not a " + FORMAT + " digest");
            }
            return new ChainDigest(json.getString("ledger"), json.getJsonNumber("blockNumber").longValueExact(),
                    json.getString("headerHash"), json.getString("blockCreatedAt"), json.getString("issuedAt"),
                    json.getString("nodeKey"), json.getString("nodeCertificate"), json.getString("signature"));
        } catch (NullPointerException | ClassCastException | ArithmeticException e) {
            throw new IllegalArgumentException("a field of the digest is missing or of the wrong type");
        }
    }

    /** Whether the certificate is the one the digest names and its key signed exactly these fields. */
    public boolean signatureValid() {
        try {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(nodeCertificate.getBytes(StandardCharsets.US_ASCII)));
            if (!Hashes.hex(Hashes.sha256(cert.getEncoded())).equals(nodeKey)) {
                return false;
            }
            Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
            verifier.initVerify(cert.getPublicKey());
            verifier.update(signedBytes());
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
