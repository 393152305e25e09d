package org.parkchain.ledger.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The result of one audit verification run.
 *
 * @param records        business records (aggregates) compared with their last recorded state
 * @param entries        outbox entries checked
 * @param mirrored       of those, entries the ledger confirmed
 * @param pending        entries still waiting for the mirror (not an error)
 * @param ledgerEntries  entries found on the ledger
 */
public record VerificationReport(Instant startedAt, Duration took, String ledgerKind, ChainReport chain,
                                 long records, long entries, long mirrored, long pending, long ledgerEntries,
                                 List<AuditFinding> findings) {

    public boolean passed() {
        return findings.isEmpty() && chain.intact();
    }

    public Map<AuditFinding.Category, Long> countByCategory() {
        Map<AuditFinding.Category, Long> counts = new java.util.EnumMap<>(AuditFinding.Category.class);
        for (AuditFinding.Category c : AuditFinding.Category.values()) {
            counts.put(c, findings.stream().filter(f -> f.kind().category() == c).count());
        }
        return counts;
    }
}
