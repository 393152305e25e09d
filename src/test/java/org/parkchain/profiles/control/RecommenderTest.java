package org.parkchain.profiles.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.Tariffs;

/** Rankings worked by hand on a steady profile, and the effect of risk aversion on a volatile one. */
class RecommenderTest {
    static final CatalogTariff CATALOG = Tariffs.park();
    static final LoadScenarios SCENARIOS = new LoadScenarios(200, 13, 20261123L);
    static final double EPS = 1e-6;

    /** Twelve months from January 2026 with 100 kWh each in peak, flat and valley. */
    static UsageProfile steady(double volatility) {
        double[][] kWh = new double[12][];
        for (int m = 0; m < 12; m++) {
            kWh[m] = new double[] {0, 100, 100, 100};
        }
        return new UsageProfile(YearMonth.of(2026, 1), kWh, volatility);
    }

    @Test
    void aSteadyProfileIsRankedByItsBillsPlusFees() {
        List<Recommender.Candidate> plans = List.of(
                // 0.60 × 300 × 12 = 2,160
                new Recommender.Candidate(1, PlanTerms.fixed(0.60), 0),
                // (0.9 + 0.6 + 0.2) × 100 × 12 = 2,040, plus a 100 sign-up fee = 2,140
                new Recommender.Candidate(2, PlanTerms.timeOfUse(0, 0.9, 0.6, 0.2).withConditions(12, 30, 0, 100, 0),
                        0),
                // 9 × (0.80 + 0.53 + 0.23) × 100 + 3 × (0.85 + 0.55 + 0.25) × 100 = 1,404 + 495 = 1,899,
                // plus the current agreement's 150 exit fee = 2,049
                new Recommender.Candidate(3, PlanTerms.discount(0.05), 150),
                // 0.50 × 300 = 150 and 0.5 × (360 − 300) = 30 below the band, × 12 = 2,160 (ties with plan 1)
                new Recommender.Candidate(4, PlanTerms.fixed(0.50).withVolume(400, 0.10, 0.5, 0.5), 0));
        List<Recommender.Evaluation> ranked = new Recommender(SCENARIOS).rank(steady(0), CATALOG, plans, 0);
        assertEquals(List.of(3L, 2L, 1L, 4L), ranked.stream().map(Recommender.Evaluation::planId).toList(),
                "a tie goes to the lower plan id");
        assertEquals(2049, ranked.get(0).expectedCost(), EPS);
        assertEquals(1899, ranked.get(0).expectedEnergy(), EPS);
        assertEquals(150, ranked.get(0).switchingCost(), EPS);
        assertEquals(2140, ranked.get(1).expectedCost(), EPS);
        assertEquals(100, ranked.get(1).signUpFee(), EPS);
        assertEquals(360, ranked.get(3).expectedPenalty(), EPS);
        Recommender recommender = new Recommender(SCENARIOS);
        assertEquals(180, recommender.monthlyExpected(steady(0), CATALOG, plans.get(3).terms())[6], EPS);
        double[] discount = recommender.monthlyExpected(steady(0), CATALOG, plans.get(2).terms());
        assertEquals(165, discount[6], EPS, "July is a summer month");
        assertEquals(156, discount[5], EPS);
        assertEquals(1899, ranked.get(0).cvar95(), EPS, "without variability the tail is the mean");

        // γ = 1 doubles the bills but not the fees: 3,798 + 150, 4,080 + 100, 4,320, 4,320
        List<Recommender.Evaluation> averse = new Recommender(SCENARIOS).rank(steady(0), CATALOG, plans, 1);
        assertEquals(3948, averse.get(0).score(), EPS);
        assertEquals(4180, averse.get(1).score(), EPS);
    }

    /** Regression: the bad-year cost was shown without the fees the expected cost includes, so it looked lower. */
    @Test
    void theBadYearCostIncludesTheSameFeesAsTheExpectedCostAndIsNeverBelowIt() {
        List<Recommender.Candidate> plans = List.of(
                new Recommender.Candidate(1, PlanTerms.fixed(0.60).withConditions(12, 30, 0, 50, 0), 200),
                new Recommender.Candidate(2, PlanTerms.tiered(new double[] {320}, new double[] {0.40, 2.00}), 0));
        for (double volatility : new double[] {0, 0.1, 0.3}) {
            for (Recommender.Evaluation e : new Recommender(SCENARIOS).rank(steady(volatility), CATALOG, plans, 0.5)) {
                assertEquals(e.cvar95() + e.signUpFee() + e.switchingCost(), e.badYearCost(), EPS);
                assertTrue(e.badYearCost() >= e.expectedCost() - 0.005, "bad year " + e.badYearCost()
                        + " below expected " + e.expectedCost() + " at volatility " + volatility);
            }
        }
    }

    @Test
    void riskAversionFavoursThePlanWithoutAnExpensiveTail() {
        // cheap below 320 kWh a month, dear above: wins on average, loses in the bad scenarios
        Recommender.Candidate blocks = new Recommender.Candidate(1, PlanTerms.tiered(new double[] {320},
                new double[] {0.40, 2.00}), 0);
        Recommender.Candidate flat = new Recommender.Candidate(2, PlanTerms.fixed(0.56), 0);
        UsageProfile volatile30 = steady(0.30);
        Recommender recommender = new Recommender(SCENARIOS);
        List<Recommender.Evaluation> neutral = recommender.rank(volatile30, CATALOG, List.of(blocks, flat), 0);
        List<Recommender.Evaluation> averse = recommender.rank(volatile30, CATALOG, List.of(blocks, flat), 1);
        assertEquals(1, neutral.get(0).planId());
        assertEquals(2, averse.get(0).planId());
        Recommender.Evaluation b = neutral.get(0);
        Recommender.Evaluation f = neutral.get(1);
        assertEquals(true, b.cvar95() > f.cvar95() && b.expectedCost() < f.expectedCost());
    }

    @Test
    void theSameInputsGiveTheSameResult() {
        List<Recommender.Candidate> plans = List.of(new Recommender.Candidate(1, PlanTerms.fixed(0.55), 0),
                new Recommender.Candidate(2, PlanTerms.fixed(0.50).withVolume(300, 0.05, 0.3, 0.3), 0));
        var a = new Recommender(new LoadScenarios(200, 13, 5)).rank(steady(0.2), CATALOG, plans, 0.5);
        var b = new Recommender(new LoadScenarios(200, 13, 5)).rank(steady(0.2), CATALOG, plans, 0.5);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).score(), b.get(i).score(), 0.0);
            assertEquals(a.get(i).cvar95(), b.get(i).cvar95(), 0.0);
        }
        assertNotEquals(a.get(0).cvar95(), new Recommender(new LoadScenarios(200, 13, 6)).rank(steady(0.2), CATALOG,
                plans, 0.5).get(0).cvar95(), "another seed gives other scenarios");
    }

    @Test
    void tailKeepsTheLargestValues() {
        Recommender.Tail tail = new Recommender.Tail(3);
        for (double v : new double[] {5, 1, 9, 7, 3, 8, 2, 9}) {
            tail.offer(v);
        }
        assertEquals((9 + 9 + 8) / 3.0, tail.mean(), 0.0);
    }
}
