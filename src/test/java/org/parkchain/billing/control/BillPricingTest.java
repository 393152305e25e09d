package org.parkchain.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.Tariffs;

/** Hand-worked bills over the park's test tariff (October: peak 0.85, flat 0.58, valley 0.28 yuan/kWh). */
class BillPricingTest {
    static final CatalogTariff PARK = Tariffs.park();
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    /** By period: sharp, peak, flat, valley. */
    static final double[] KWH = {0, 100, 200, 100};

    @Test
    void aFullMonthAtAFixedPriceWithTheSignUpFeeInTheFirstMonth() {
        PlanTerms fixed = PlanTerms.fixed(0.5).withConditions(12, 30, 300, 50, 0);
        BillPricing.Priced p = BillPricing.price(fixed, PARK, OCTOBER, OCTOBER.atDay(1), OCTOBER.atEndOfMonth(), KWH,
                400, OCTOBER.atDay(1), null, null);
        assertEquals(new BigDecimal("200.00"), p.energy(), "400 kWh × 0.50");
        assertEquals(new BigDecimal("0.00"), p.penalty());
        assertEquals(new BigDecimal("50.00"), p.fees(), "the sign-up fee, in the agreement's first month");
        assertEquals(new BigDecimal("229.00"), p.catalogCost(), "100 × 0.85 + 200 × 0.58 + 100 × 0.28");
        assertEquals(new BigDecimal("400.000"), p.totalKwh());
    }

    @Test
    void aContractedVolumeIsProratedToTheDaysInForce() {
        // 310 kWh a month, 10 % band, 0.20 over: from 17 October, 15 of 31 days → 150 kWh, free up to 165
        PlanTerms terms = PlanTerms.fixed(0.5).withVolume(310, 0.10, 0.20, 0.10);
        BillPricing.Priced p = BillPricing.price(terms, PARK, OCTOBER, LocalDate.of(2026, 10, 17),
                OCTOBER.atEndOfMonth(), new double[] {0, 50, 100, 50}, 200, LocalDate.of(2026, 9, 1), null, null);
        assertEquals(new BigDecimal("7.00"), p.penalty(), "35 kWh over 165 × 0.20");
        assertEquals(new BigDecimal("0.00"), p.fees(), "the agreement started in September");
    }

    @Test
    void theExitFeeFallsInTheLastMonthAndMoneyIsRoundedHalfUpToTheFen() {
        PlanTerms fixed = PlanTerms.fixed(0.00125);
        BillPricing.Priced p = BillPricing.price(fixed, PARK, OCTOBER, OCTOBER.atDay(1), LocalDate.of(2026, 10, 20),
                new double[] {0, 100, 0, 0}, 100.0004, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 20),
                new BigDecimal("300"));
        assertEquals(new BigDecimal("0.13"), p.energy(), "0.125 rounds up");
        assertEquals(new BigDecimal("300.00"), p.fees());
        assertEquals(new BigDecimal("100.000"), p.totalKwh(), "energy to the watt-hour");
    }
}
