package org.parkchain.plans.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkchain.plans.entity.PlanForm;
import org.parkchain.platform.BusinessException;
import org.parkchain.tariffs.control.Tariffs;

/** What a sales company may publish, field by field (the park's test tariff's lowest price is 0.28 yuan/kWh). */
class PlanValidationTest {
    static PlanForm valid(PlanType type) {
        PlanForm f = new PlanForm();
        f.setName("Test plan");
        f.setType(type);
        f.setTermMonths(12);
        f.setNoticeDays(30);
        f.setValidFrom(LocalDate.of(2026, 1, 1));
        return f;
    }

    static List<String> problems(PlanForm f) {
        BusinessException e = assertThrows(BusinessException.class, () -> PlanValidation.terms(f, Tariffs.park()));
        return e.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void aValidFixedPlanBecomesItsTerms() {
        PlanForm f = valid(PlanType.FIXED);
        f.setPrice(new BigDecimal("0.592"));
        f.setContractedKwh(new BigDecimal("1000"));
        f.setBandPercent(new BigDecimal("10"));
        f.setOverPrice(new BigDecimal("0.2"));
        f.setUnderPrice(new BigDecimal("0.1"));
        f.setGreenPercent(new BigDecimal("30"));
        PlanTerms t = PlanValidation.terms(f, Tariffs.park());
        assertEquals(0.592, t.fixedPrice());
        assertEquals(1000, t.contractedKwh());
        assertEquals(0.10, t.band(), 1e-12, "the band is given in percent");
        assertEquals(0.30, t.greenShare(), 1e-12);
        assertEquals(12, t.termMonths());
    }

    @Test
    void everyProblemIsListedAtOnce() {
        PlanForm f = valid(PlanType.FIXED);
        f.setName(" ");
        f.setPrice(new BigDecimal("5.01"));
        f.setTermMonths(61);
        f.setNoticeDays(-1);
        f.setValidUntil(LocalDate.of(2025, 12, 31));
        assertEquals(List.of("name:error.plan.name", "price:error.plan.price", "termMonths:error.plan.term",
                "noticeDays:error.plan.notice", "validUntil:error.plan.validUntil"), problems(f));
    }

    @Test
    void blockLimitsMustIncreaseWithOnePriceMoreThanLimits() {
        PlanForm f = valid(PlanType.TIERED);
        f.setBlockLimits("200, 100");
        f.setBlockPrices("0.5, 0.6");
        assertEquals(List.of("blockLimits:error.plan.blockLimits", "blockPrices:error.plan.blockCount"), problems(f));
        f.setBlockLimits("100, 200");
        f.setBlockPrices("0.5, 0.6, 0.7");
        PlanTerms t = PlanValidation.terms(f, Tariffs.park());
        assertArrayEquals(new double[] {100, 200}, t.tierLimits());
        assertArrayEquals(new double[] {0.5, 0.6, 0.7}, t.tierPrices());
    }

    @Test
    void aDiscountMustStayBelowTheLowestCatalogPrice() {
        PlanForm f = valid(PlanType.DISCOUNT);
        f.setDiscount(new BigDecimal("0.28"));
        assertEquals(List.of("discount:error.plan.discountTooLarge"), problems(f));
        f.setDiscount(new BigDecimal("0.27"));
        assertEquals(0.27, PlanValidation.terms(f, Tariffs.park()).discount());
        assertEquals(0.28, PlanValidation.lowestCatalogPrice(Tariffs.park()));
    }

    @Test
    void aContractedVolumeNeedsABandOfAtMostHalfAndPenaltyPrices() {
        PlanForm f = valid(PlanType.FIXED);
        f.setPrice(new BigDecimal("0.5"));
        f.setContractedKwh(new BigDecimal("1000"));
        f.setBandPercent(new BigDecimal("51"));
        assertEquals(List.of("bandPercent:error.plan.band", "overPrice:error.plan.penaltyPrice",
                "underPrice:error.plan.penaltyPrice"), problems(f));
    }

    @Test
    void timeOfUsePricesGoByPeriodSharpPeakFlatValley() {
        PlanForm f = valid(PlanType.TIME_OF_USE);
        f.setSharp(new BigDecimal("1.1"));
        f.setPeak(new BigDecimal("0.9"));
        f.setFlat(new BigDecimal("0.6"));
        f.setValley(new BigDecimal("0.3"));
        PlanTerms t = PlanValidation.terms(f, Tariffs.park());
        assertArrayEquals(new double[] {1.1, 0.9, 0.6, 0.3}, t.touPrices());
    }
}
