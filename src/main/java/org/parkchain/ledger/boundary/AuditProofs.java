package org.parkchain.ledger.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.SQLException;
import java.util.List;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.contract.MerkleTree;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.ledger.control.LedgerReader;
import org.parkchain.ledger.control.MirrorBatch;
import org.parkchain.ledger.control.OutboxRow;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * A self-contained proof for one mirrored record, checkable offline with nothing but SHA-256 (and ECDSA for the
 * embedded ledger's block signature): payload, entry envelope, Merkle leaf, RFC 6962 audit path and root as the
 * ledger holds them, plus the ledger's own evidence that the batch transaction was committed (the signed block on
 * the embedded ledger, the endorsed processed transaction on Fabric; see {@code EvidenceCheck}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditProofs {
    public static final String FORMAT = "parkchain-audit-proof/1";

    @Inject
    AuditVerification verification;

    @Inject
    LedgerGateway ledger;

    public JsonObject proof(String entryId) throws SQLException, LedgerException {
        OutboxRow row = verification.entry(entryId)
                .orElseThrow(() -> new NotFoundException("error.audit.entryNotFound", entryId));
        if (!row.mirrored()) {
            throw new BusinessException("error.audit.notMirrored", entryId);
        }
        LedgerReader.RecordedBatch batch = new LedgerReader(ledger).batch(row.batchId());
        List<AuditEntry> entries = batch.entries();
        int index = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(entryId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new BusinessException("error.audit.notOnLedger", entryId);
        }
        List<byte[]> leaves = MirrorBatch.leafHashes(entries);
        JsonArrayBuilder path = Json.createArrayBuilder();
        MerkleTree.auditPath(leaves, index).forEach(h -> path.add(Hashes.hex(h)));
        AuditEntry leaf = entries.get(index);
        JsonObjectBuilder place = Json.createObjectBuilder().add("kind", ledger.kind())
                .add("txId", batch.txId()).add("recordedAt", batch.recordedAt());
        ledger.evidence(batch.txId()).ifPresent(e -> place.add("evidenceFormat", e.format())
                .add(e.name(), e.content()));
        return Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("payload", CanonicalJson.parseObject(row.payload()))
                .add("payloadHash", row.payloadHash())
                .add("entry", row.envelope().toJson())
                .add("entryHash", row.entryHash())
                .add("leaf", leaf.toJson())
                .add("leafIndex", index)
                .add("treeSize", entries.size())
                .add("auditPath", path)
                .add("merkleRoot", batch.merkleRoot())
                .add("batchId", batch.batchId())
                .add("ledger", place)
                .add("howToVerify", Json.createArrayBuilder()
                        .add("payloadHash = SHA-256(canonical JSON of payload: keys sorted, no spaces, UTF-8)")
                        .add("entry.payloadHash = payloadHash; entryHash = SHA-256(canonical JSON of entry)")
                        .add("leaf.hash = entryHash; leaf hash = SHA-256(0x00 || canonical JSON of leaf)")
                        .add("fold auditPath from the leaf up as in RFC 9162 section 2.1.3.2 with node = "
                                + "SHA-256(0x01 || left || right); the result must equal merkleRoot")
                        .add("embedded ledger: merkleRoot appears in ledger.block.transaction.result; block data "
                                + "hash = SHA-256(0x00 || canonical JSON of the transaction); headerHash = "
                                + "SHA-256(canonical JSON of header); signature verifies over the canonical header "
                                + "with the node certificate, whose SHA-256 fingerprint must be the node key pinned "
                                + "from the audit page (the certificate in the proof alone proves nothing)")
                        .add("fabric: ledger.transaction.processedTransaction is the peers' ProcessedTransaction "
                                + "(Base64 protobuf): validation code VALID, every endorsement signed over the proposal "
                                + "response payload and the endorser, and its result records merkleRoot"))
                .build();
    }
}
