package org.parkchain.trading.web;

import java.util.List;
import org.parkchain.trading.control.TermsDiff;
import org.parkchain.trading.entity.ContractCopy;

/** The two copies that were last set aside as different, and where they differ. */
final class CopyPairs {
    private CopyPairs() {
    }

    /** The differences of the latest mismatched pair, {@code first}'s copy as "mine"; empty when there was none. */
    static List<TermsDiff.Difference> lastMismatch(List<ContractCopy> copies, long first) {
        List<ContractCopy> mismatched = copies.stream().filter(c -> c.getStatus() == ContractCopy.Status.MISMATCHED)
                .toList();
        if (mismatched.size() < 2) {
            return List.of();
        }
        ContractCopy a = mismatched.get(mismatched.size() - 2);
        ContractCopy b = mismatched.get(mismatched.size() - 1);
        return a.getParticipant() == first ? TermsDiff.between(a.terms(), b.terms())
                : TermsDiff.between(b.terms(), a.terms());
    }
}
