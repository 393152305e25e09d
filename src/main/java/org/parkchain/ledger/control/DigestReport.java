package org.parkchain.ledger.control;

import java.util.List;

/**
 * The check of a kept chain digest against the ledger as it is now.
 *
 * @param keptBlock     the block number the digest names
 * @param currentBlocks how many blocks the chain holds now
 * @param findings      empty when the chain only grew since the digest was issued
 */
public record DigestReport(long keptBlock, String keptHash, long currentBlocks, List<Finding> findings) {
    /** What a check can find wrong. */
    public enum Kind { SIGNATURE_INVALID, UNTRUSTED_KEY, CHAIN_BROKEN, BLOCK_MISSING, BLOCK_REWRITTEN }

    /** One thing found wrong, with its detail (a key fingerprint, a block's problem, the hash found now). */
    public record Finding(Kind kind, String detail) {
    }

    public boolean consistent() {
        return findings.isEmpty();
    }
}
