package org.parkchain.plans.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.Tariffs;

/** Bills worked by hand for each plan type, at tier boundaries and at the edges of the penalty band. */
class BillCalculatorTest {
    static final CatalogTariff CATALOG = Tariffs.park();
    static final double CENT = 1e-9;

    @Test
    void fixedPriceIsPriceTimesEnergy() {
        // 0.6 × (100 + 200 + 300 + 634.5) = 0.6 × 1,234.5 = 740.70
        assertEquals(740.70, BillCalculator.month(PlanTerms.fixed(0.6), CATALOG, Month.MARCH,
                new double[] {100, 200, 300, 634.5}).total(), CENT);
    }

    @Test
    void timeOfUsePricesEachPeriodsEnergy() {
        // 1.2 × 10 + 0.9 × 20 + 0.6 × 30 + 0.3 × 40 = 12 + 18 + 18 + 12 = 60
        assertEquals(60.0, BillCalculator.month(PlanTerms.timeOfUse(1.2, 0.9, 0.6, 0.3), CATALOG, Month.MAY,
                new double[] {10, 20, 30, 40}).energy(), CENT);
    }

    @ParameterizedTest(name = "{0} kWh in blocks 0–200 at 0.50, 200–400 at 0.55, above at 0.80 costs {1}")
    @CsvSource({
            "0,       0",
            "199.5,   99.75",
            "200,     100",        // exactly the first limit: all in block 1
            "200.5,   100.275",    // 100 + 0.5 × 0.55
            "400,     210",        // 100 + 200 × 0.55
            "450,     250",        // 210 + 50 × 0.80
            "1000,    690"})       // 210 + 600 × 0.80
    void tieredPricesEachBlocksShareOfTheMonth(double kWh, double bill) {
        PlanTerms plan = PlanTerms.tiered(new double[] {200, 400}, new double[] {0.50, 0.55, 0.80});
        assertEquals(bill, BillCalculator.month(plan, CATALOG, Month.JANUARY, new double[] {0, 0, kWh, 0}).energy(),
                CENT);
    }

    @Test
    void discountIsTakenOffTheCatalogPriceOfTheMonthsSeason() {
        PlanTerms plan = PlanTerms.discount(0.05);
        // July (summer): (1.10−0.05)×1 + (0.90−0.05)×2 + (0.60−0.05)×3 + (0.30−0.05)×4 = 1.05+1.70+1.65+1.00 = 5.40
        assertEquals(5.40, BillCalculator.month(plan, CATALOG, Month.JULY, new double[] {1, 2, 3, 4}).energy(), CENT);
        // October: no sharp period; (0.85−0.05)×2 + (0.58−0.05)×3 + (0.28−0.05)×4 = 1.60+1.59+0.92 = 4.11
        assertEquals(4.11, BillCalculator.month(plan, CATALOG, Month.OCTOBER, new double[] {0, 2, 3, 4}).energy(),
                CENT);
    }

    @ParameterizedTest(name = "{0} kWh against 1,000 ± 10 % (over 0.20, under 0.10): penalty {1}")
    @CsvSource({
            "1000,    0",
            "1100,    0",       // exactly at the upper edge of the band
            "1100.5,  0.1",     // 0.5 × 0.20
            "1200,    20",      // 100 × 0.20
            "900,     0",       // exactly at the lower edge
            "899,     0.1",     // 1 × 0.10
            "800,     10",      // 100 × 0.10
            "0,       90"})     // 900 × 0.10
    void penaltyOnlyOutsideTheBand(double kWh, double penalty) {
        PlanTerms plan = PlanTerms.fixed(0.5).withVolume(1000, 0.10, 0.20, 0.10);
        BillCalculator.MonthlyCharge charge = BillCalculator.month(plan, CATALOG, Month.APRIL,
                new double[] {0, kWh, 0, 0});
        assertEquals(penalty, charge.penalty(), CENT);
        assertEquals(0.5 * kWh + penalty, charge.total(), CENT);
    }

    @Test
    void noContractedVolumeMeansNoPenalty() {
        assertEquals(0, BillCalculator.penalty(PlanTerms.fixed(0.5), 5000));
    }
}
