package org.parkchain.agreements.control;

import java.time.LocalDate;
import java.util.Optional;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.platform.BusinessException;

/**
 * When a resident may sign for a plan, checked both before the signing step opens (so nobody types a password to be
 * refused) and again when the signature arrives: not while another agreement awaits its company's countersignature,
 * not for the plan already in force, and not while a switch to another plan is scheduled.
 */
public final class SigningRules {
    private SigningRules() {
    }

    /**
     * @param pending the resident's agreement awaiting countersignature, if any
     * @param open    the resident's open-ended agreement (in force, or starting after a switch), if any
     * @throws BusinessException {@code error.agreement.pendingExists}, {@code samePlan} or {@code switchScheduled}
     */
    public static void requireMaySign(Optional<Agreement> pending, Optional<Agreement> open, long planId,
                                      LocalDate today) {
        if (pending.isPresent()) {
            throw new BusinessException("error.agreement.pendingExists");
        }
        if (open.isPresent() && open.get().getPlanId() == planId) {
            throw new BusinessException("error.agreement.samePlan");
        }
        if (open.isPresent() && open.get().getStartsOn().isAfter(today)) {
            throw new BusinessException("error.agreement.switchScheduled", open.get().getStartsOn().toString());
        }
    }
}
