package org.parkchain.ledger.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.contract.MerkleTree;
import org.parkchain.ledger.control.AuditFinding.Kind;
import org.parkchain.platform.canonical.Hashes;

/**
 * The comparison of database and ledger, without I/O: given the outbox rows, the current business snapshots (hash of
 * each aggregate's canonical payload) and the ledger's batches, lists every discrepancy. For each mirrored entry it
 * checks the payload against its hash, the entry hash against the ledger's entry and the entry's RFC 6962 inclusion
 * proof against the batch root the ledger holds; for each aggregate it compares the current row with the last
 * recorded state; ledger entries the database does not know are extra.
 */
public final class AuditCheck {
    private final List<AuditFinding> findings = new ArrayList<>();
    private final Map<String, Located> ledger = new HashMap<>();
    private long ledgerEntries;

    private record Located(AuditEntry entry, LedgerReader.RecordedBatch batch, int leafIndex, List<byte[]> leaves,
                           boolean rootMatches) {
    }

    public void addBatch(LedgerReader.RecordedBatch batch) {
        List<byte[]> leaves = MirrorBatch.leafHashes(batch.entries());
        boolean rootOk = Hashes.hex(MerkleTree.root(leaves)).equals(batch.merkleRoot());
        for (int i = 0; i < batch.entries().size(); i++) {
            AuditEntry e = batch.entries().get(i);
            if (batch.duplicates().contains(e.id())) {
                continue;
            }
            ledgerEntries++;
            ledger.put(e.id(), new Located(e, batch, i, leaves, rootOk));
        }
    }

    /** @param currentHashes aggregate id to the SHA-256 of its current canonical payload */
    public List<AuditFinding> check(List<OutboxRow> rows, Map<String, String> currentHashes) {
        Map<String, OutboxRow> latest = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            latest.put(row.aggregateId(), row);
            checkEntry(row);
        }
        ledger.values().forEach(l -> findings.add(new AuditFinding(Kind.EXTRA_ON_LEDGER, l.entry().aggregateId(),
                l.entry().id(), l.entry().type(), l.batch().batchId(),
                "recorded in ledger transaction " + l.batch().txId() + " but unknown to the database")));
        for (OutboxRow row : latest.values()) {
            String current = currentHashes.get(row.aggregateId());
            if (current == null) {
                findings.add(finding(Kind.RECORD_DELETED, row, "the record no longer exists in the database"));
            } else if (!current.equals(row.payloadHash())) {
                findings.add(finding(Kind.RECORD_CHANGED, row, "recorded payload hash " + row.payloadHash()
                        + ", current row hashes to " + current));
            }
        }
        currentHashes.keySet().stream().filter(id -> !latest.containsKey(id)).sorted().forEach(id ->
                findings.add(new AuditFinding(Kind.RECORD_UNRECORDED, id, null, null, null,
                        "the record has no audit entry")));
        return findings;
    }

    public long ledgerEntries() {
        return ledgerEntries;
    }

    /** At most one finding per entry: the first check that fails. */
    private void checkEntry(OutboxRow row) {
        Located l = ledger.remove(row.entryId());
        OutboxEnvelope envelope = row.envelope(); // recomputes the payload hash from the stored payload
        String recomputed = envelope.hash();
        if (!envelope.payloadHash().equals(row.payloadHash()) || !recomputed.equals(row.entryHash())) {
            findings.add(finding(Kind.ENTRY_ALTERED, row, "the outbox entry no longer matches its own hash"));
            return;
        }
        if (!row.mirrored()) {
            return;
        }
        if (l == null) {
            findings.add(finding(Kind.MISSING_ON_LEDGER, row, "mirrored in ledger transaction " + row.ledgerTxId()
                    + " but not found on the ledger"));
            return;
        }
        if (!recomputed.equals(l.entry().hash()) || !row.type().equals(l.entry().type())
                || !row.aggregateId().equals(l.entry().aggregateId())) {
            findings.add(finding(Kind.ENTRY_ALTERED, row, "the ledger recorded hash " + l.entry().hash()
                    + ", the database entry hashes to " + recomputed));
            return;
        }
        if (!l.rootMatches()) {
            findings.add(finding(Kind.PROOF_INVALID, row, "the batch's entries do not hash to its Merkle root "
                    + l.batch().merkleRoot()));
            return;
        }
        List<byte[]> path = MerkleTree.auditPath(l.leaves(), l.leafIndex());
        if (!MerkleTree.verifyInclusion(l.entry().leafHash(), l.leafIndex(), l.leaves().size(), path,
                Hashes.unhex(l.batch().merkleRoot()))) {
            findings.add(finding(Kind.PROOF_INVALID, row, "the inclusion proof does not lead to the batch root"));
        }
    }

    private static AuditFinding finding(Kind kind, OutboxRow row, String detail) {
        return new AuditFinding(kind, row.aggregateId(), row.entryId(), row.type(), row.batchId(), detail);
    }
}
