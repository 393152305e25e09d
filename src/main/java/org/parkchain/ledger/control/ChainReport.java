package org.parkchain.ledger.control;

import java.util.List;

/**
 * The result of checking the embedded ledger block by block.
 *
 * @param applicable  false for Fabric, whose peers validate their own chain
 * @param brokenBlock the first block that failed a check, or null
 * @param problems    what failed (the broken block's problem first, then world-state problems)
 */
public record ChainReport(boolean applicable, long blocksChecked, long transactionsChecked, Long brokenBlock,
                          List<String> problems) {

    public static ChainReport notApplicable() {
        return new ChainReport(false, 0, 0, null, List.of());
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
