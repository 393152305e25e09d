package org.parkchain.agreements.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.Problems;
import org.parkchain.profiles.control.LoadBounds;

/**
 * When the park admin may record an agreement concluded before ParkChain: it started on a past day (a future start is
 * a new agreement the resident signs), under a plan that was on offer that day, for a yearly consumption ParkChain
 * prices, and the resident had no other agreement in force from that day on.
 */
public final class ImportRules {
    private ImportRules() {
    }

    /**
     * @param residentsAgreements every agreement of the resident
     */
    public static void check(Problems problems, RetailPlan plan, LocalDate startsOn, BigDecimal annualKwh,
                             List<Agreement> residentsAgreements, LocalDate today) {
        problems.check(startsOn != null && !startsOn.isAfter(today), "startsOn", "error.import.startsOn");
        if (startsOn != null && plan != null) {
            boolean offered = plan.getStatus() != RetailPlan.Status.DRAFT && !plan.getValidFrom().isAfter(startsOn)
                    && (plan.getValidUntil() == null || !plan.getValidUntil().isBefore(startsOn));
            problems.check(offered, "planId", "error.import.planNotOffered", startsOn.toString());
        }
        if (annualKwh == null) {
            problems.add("annualKwh", "error.import.annualKwh");
        } else {
            LoadBounds.check(problems, "annualKwh", annualKwh.doubleValue());
        }
        boolean overlapping = residentsAgreements.stream().anyMatch(a -> a.getStatus() == Agreement.Status.PENDING
                || a.getStatus() == Agreement.Status.ACTIVE && (a.getEndsOn() == null
                || startsOn != null && !a.getEndsOn().isBefore(startsOn)));
        problems.check(!overlapping, "residentParticipantId", "error.import.residentHasAgreement");
    }
}
