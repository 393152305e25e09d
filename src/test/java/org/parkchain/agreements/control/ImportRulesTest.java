package org.parkchain.agreements.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.plans.entity.PlanTexts;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.Problems;

/** When the park admin may record an agreement concluded before ParkChain. */
class ImportRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    static RetailPlan plan(LocalDate from) {
        RetailPlan p = new RetailPlan(4, 1, 1, NOW);
        p.edit(new PlanTexts("Steady", null, null, null), PlanTerms.fixed(0.6), from, null, NOW);
        p.publish(NOW);
        return p;
    }

    static List<String> fields(RetailPlan plan, LocalDate startsOn, String kWh, List<Agreement> existing) {
        Problems problems = new Problems();
        ImportRules.check(problems, plan, startsOn, kWh == null ? null : new BigDecimal(kWh), existing, TODAY);
        try {
            problems.throwIfAny();
            return List.of();
        } catch (BusinessException e) {
            return e.problems().stream().map(BusinessException.Problem::field).toList();
        }
    }

    @Test
    void anAgreementThatStartedUnderAPlanOnOfferIsRecorded() {
        assertEquals(List.of(), fields(plan(LocalDate.of(2025, 12, 1)), LocalDate.of(2026, 3, 1), "12000", List.of()));
        assertEquals(List.of(), fields(plan(LocalDate.of(2025, 12, 1)), TODAY, "12000", List.of()));
    }

    @Test
    void aFutureStartAPlanNotYetOnOfferAndAbsurdVolumesAreRefused() {
        assertEquals(List.of("startsOn"), fields(plan(LocalDate.of(2025, 12, 1)), TODAY.plusDays(1), "12000",
                List.of()));
        assertEquals(List.of("planId"), fields(plan(LocalDate.of(2026, 6, 1)), LocalDate.of(2026, 3, 1), "12000",
                List.of()));
        assertEquals(List.of("annualKwh"), fields(plan(LocalDate.of(2025, 12, 1)), LocalDate.of(2026, 3, 1), "1",
                List.of()));
        assertEquals(List.of("annualKwh"), fields(plan(LocalDate.of(2025, 12, 1)), LocalDate.of(2026, 3, 1), null,
                List.of()));
    }

    @Test
    void anAgreementInForceOrAwaitingTheCompanyBlocksTheRecord() {
        Agreement open = Agreement.imported(20, 4, 1, "{}", "admin", NOW, LocalDate.of(2026, 1, 1));
        assertEquals(List.of("residentParticipantId"), fields(plan(LocalDate.of(2025, 12, 1)),
                LocalDate.of(2026, 3, 1), "12000", List.of(open)));
        Agreement pending = new Agreement(20, 4, 1, "{}", "sig", "f".repeat(64), "resident20", NOW, null);
        assertEquals(List.of("residentParticipantId"), fields(plan(LocalDate.of(2025, 12, 1)),
                LocalDate.of(2026, 3, 1), "12000", List.of(pending)));
        Agreement ended = Agreement.imported(20, 4, 1, "{}", "admin", NOW, LocalDate.of(2025, 12, 1));
        ended.endOn(LocalDate.of(2026, 2, 28), null);
        assertEquals(List.of(), fields(plan(LocalDate.of(2025, 12, 1)), LocalDate.of(2026, 3, 1), "12000",
                List.of(ended)));
    }
}
