package org.parkchain.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkchain.ledger.contract.AuditEntry;

class AuditCheckTest {
    private static final Instant T = Instant.parse("2026-11-23T08:00:00Z");
    private final List<OutboxRow> rows = new ArrayList<>();
    private final Map<String, String> current = new HashMap<>();
    private final List<AuditEntry> ledgerEntries = new ArrayList<>();

    @BeforeEach
    void threeMirroredRecords() {
        for (int i = 1; i <= 3; i++) {
            String payload = "{\"id\":" + i + ",\"name\":\"P" + i + "\"}";
            OutboxRow row = row("00000000-0000-0000-0000-00000000000" + i, "participant:" + i, payload, i - 1);
            rows.add(row);
            current.put("participant:" + i, OutboxEnvelope.payloadHash(payload));
            ledgerEntries.add(new AuditEntry(row.entryId(), row.type(), row.aggregateId(), row.entryHash()));
        }
    }

    private static OutboxRow row(String id, String aggregate, String payload, int leaf) {
        OutboxEnvelope envelope = new OutboxEnvelope(id, "participant.registered", aggregate,
                OutboxEnvelope.payloadHash(payload), "admin", null, T);
        return new OutboxRow(leaf, id, "participant.registered", aggregate, payload, envelope.payloadHash(),
                envelope.hash(), "admin", null, T, "B1", leaf, "tx1", T.plusSeconds(1));
    }

    private List<AuditFinding> check() {
        AuditCheck check = new AuditCheck();
        MirrorBatch batch = MirrorBatch.of("B1", ledgerEntries);
        check.addBatch(new LedgerReader.RecordedBatch("B1", batch.merkleRoot(), "tx1", T.toString(), ledgerEntries,
                Set.of()));
        return check.check(rows, current);
    }

    @Test
    void untouchedRecordsGiveNoFindings() {
        assertEquals(List.of(), check());
    }

    @Test
    void aChangedRowIsReportedAsRecordChangedForThatRecordOnly() {
        current.put("participant:2", OutboxEnvelope.payloadHash("{\"id\":2,\"name\":\"forged\"}"));
        List<AuditFinding> findings = check();
        assertEquals(1, findings.size());
        assertEquals(AuditFinding.Kind.RECORD_CHANGED, findings.get(0).kind());
        assertEquals("participant:2", findings.get(0).aggregateId());
    }

    @Test
    void aRewrittenOutboxPayloadIsAnAlteredEntry() {
        OutboxRow r = rows.get(0);
        String forged = "{\"id\":1,\"name\":\"forged\"}";
        rows.set(0, new OutboxRow(r.seq(), r.entryId(), r.type(), r.aggregateId(), forged,
                OutboxEnvelope.payloadHash(forged), r.entryHash(), r.actor(), null, T, "B1", 0, "tx1", r.mirroredAt()));
        current.put("participant:1", OutboxEnvelope.payloadHash(forged));
        List<AuditFinding> findings = check();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(AuditFinding.Kind.ENTRY_ALTERED, findings.get(0).kind());
    }

    @Test
    void missingExtraDeletedAndUnrecordedAreTold() {
        ledgerEntries.add(new AuditEntry("00000000-0000-0000-0000-000000000009", "participant.registered",
                "participant:9", "a".repeat(64)));
        current.remove("participant:3");
        current.put("participant:4", "b".repeat(64));
        OutboxRow r = rows.get(1);
        rows.set(1, new OutboxRow(r.seq(), "00000000-0000-0000-0000-000000000008", r.type(), r.aggregateId(),
                r.payload(), r.payloadHash(), new OutboxEnvelope("00000000-0000-0000-0000-000000000008", r.type(),
                r.aggregateId(), r.payloadHash(), r.actor(), null, T).hash(), r.actor(), null, T, "B1", 1, "tx1",
                r.mirroredAt()));
        Set<String> found = new java.util.TreeSet<>();
        check().forEach(f -> found.add(f.kind() + " " + f.aggregateId()));
        assertEquals(new java.util.TreeSet<>(Set.of("MISSING_ON_LEDGER participant:2", "EXTRA_ON_LEDGER participant:2",
                "EXTRA_ON_LEDGER participant:9", "RECORD_DELETED participant:3", "RECORD_UNRECORDED participant:4")),
                found);
    }

    @Test
    void aBatchWhoseEntriesNoLongerHashToItsRootFailsTheProof() {
        AuditCheck check = new AuditCheck();
        MirrorBatch batch = MirrorBatch.of("B1", ledgerEntries);
        List<AuditEntry> swapped = List.of(ledgerEntries.get(1), ledgerEntries.get(0), ledgerEntries.get(2));
        check.addBatch(new LedgerReader.RecordedBatch("B1", batch.merkleRoot(), "tx1", T.toString(), swapped,
                Set.of()));
        List<AuditFinding> findings = check.check(rows, current);
        assertTrue(findings.stream().allMatch(f -> f.kind() == AuditFinding.Kind.PROOF_INVALID), findings.toString());
        assertEquals(3, findings.stream().filter(f -> f.kind() == AuditFinding.Kind.PROOF_INVALID).count());
    }

    @Test
    void pendingEntriesAreNotMissing() {
        OutboxRow r = rows.get(2);
        rows.set(2, new OutboxRow(r.seq(), r.entryId(), r.type(), r.aggregateId(), r.payload(), r.payloadHash(),
                r.entryHash(), r.actor(), null, T, null, null, null, null));
        ledgerEntries.remove(2);
        assertEquals(List.of(), check());
    }
}
