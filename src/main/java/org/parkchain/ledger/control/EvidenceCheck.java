package org.parkchain.ledger.control;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * Checks, offline, evidence that a ledger transaction was committed ({@link TransactionEvidence}), with nothing but
 * the evidence itself: for the embedded ledger the block header's data hash over the transaction, its header hash and
 * the node's signature; for Fabric the processed transaction's validation code, transaction id, client signature and
 * every endorsement ({@link FabricEvidence}). Whom to trust is the reader's: the result names the signers (the node
 * key's fingerprint, the endorsers' MSPs and certificate fingerprints) to compare with the ones pinned.
 */
public final class EvidenceCheck {
    private EvidenceCheck() {
    }

    /**
     * @param problems empty when the evidence holds
     * @param signers  who signed it: {@code nodeKey:<sha-256>} or {@code <mspId>:<sha-256>} per endorser
     * @param result   the transaction's result as the ledger recorded it
     */
    public record Result(List<String> problems, List<String> signers, String result) {
        public boolean holds() {
            return problems.isEmpty();
        }
    }

    public static Result check(TransactionEvidence evidence, String txId) {
        return switch (evidence.format()) {
            case TransactionEvidence.EMBEDDED_BLOCK -> embedded(evidence.content(), txId);
            case TransactionEvidence.FABRIC_TRANSACTION -> FabricEvidence.check(evidence.content(), txId);
            default -> new Result(List.of("unknown evidence format " + evidence.format()), List.of(), null);
        };
    }

    private static Result embedded(JsonObject block, String txId) {
        List<String> problems = new ArrayList<>();
        try {
            JsonObject tx = block.getJsonObject("transaction");
            JsonObject header = block.getJsonObject("header");
            if (!txId.equals(tx.getString("txId"))) {
                problems.add("the evidence is for transaction " + tx.getString("txId"));
            }
            if (header.getInt("txCount") != 1) {
                problems.add("the block holds " + header.getInt("txCount") + " transactions; one is shown");
            }
            String dataHash = Hashes.hex(Hashes.sha256(new byte[] {0}, CanonicalJson.bytes(tx)));
            if (!dataHash.equals(header.getString("dataHash"))) {
                problems.add("the block's data hash does not cover the transaction");
            }
            byte[] headerBytes = CanonicalJson.bytes(header);
            if (!Hashes.hex(Hashes.sha256(headerBytes)).equals(block.getString("headerHash"))) {
                problems.add("the header does not match its hash");
            }
            X509Certificate node = certificate(block.getString("nodeCertificate"));
            String fingerprint = Hashes.hex(Hashes.sha256(node.getEncoded()));
            if (!fingerprint.equals(header.getString("nodeKey"))) {
                problems.add("the header names node key " + header.getString("nodeKey") + ", not the certificate's");
            }
            if (!verify(node, headerBytes, Base64.getDecoder().decode(block.getString("signature")))) {
                problems.add("the node signature over the header does not verify");
            }
            return new Result(problems, List.of("nodeKey:" + fingerprint), tx.getString("result"));
        } catch (RuntimeException | GeneralSecurityException e) {
            return new Result(List.of("unreadable evidence: " + e.getMessage()), List.of(), null);
        }
    }

    static X509Certificate certificate(String pem) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    static boolean verify(X509Certificate signer, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initVerify(signer.getPublicKey());
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
