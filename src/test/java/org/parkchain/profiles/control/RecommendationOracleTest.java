package org.parkchain.profiles.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.parkchain.plans.control.BillCalculator;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.plans.control.PlanType;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.Tariffs;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * The recommendation's ranking equals a brute-force evaluation: every plan priced reading by reading (each quarter
 * hour looked up in the catalog calendar, no monthly aggregates), in every scenario, with the CVaR solved as the
 * Rockafellar–Uryasev linear program by ojAlgo instead of by sorting, on random profiles and plans.
 */
class RecommendationOracleTest {
    static final CatalogTariff CATALOG = Tariffs.park();
    static final LoadScenarios SCENARIOS = new LoadScenarios(60, 13, 42);

    record Case(LoadSeries series, List<Recommender.Candidate> plans, double gamma) {
    }

    @Property(tries = 40)
    void rankingEqualsBruteForce(@ForAll("cases") Case c) {
        UsageProfile profile = UsageProfile.of(c.series(), CATALOG);
        List<Recommender.Evaluation> ranked = new Recommender(SCENARIOS).rank(profile, CATALOG, c.plans(), c.gamma());

        double sigma = volatility(c.series());
        assertEquals(sigma, profile.volatility(), 1e-9);
        Map<Long, double[]> oracle = new HashMap<>();
        for (Recommender.Candidate plan : c.plans()) {
            oracle.put(plan.planId(), bruteForce(c.series(), plan, sigma, c.gamma()));
        }
        for (Recommender.Evaluation e : ranked) {
            double[] o = oracle.get(e.planId());
            assertEquals(o[0], e.expectedCost(), tolerance(o[0]), "expected cost of plan " + e.planId());
            assertEquals(o[1], e.cvar95(), tolerance(o[1]), "CVaR of plan " + e.planId());
            assertEquals(o[2], e.score(), tolerance(o[2]), "score of plan " + e.planId());
        }
        List<Long> bruteOrder = c.plans().stream().map(Recommender.Candidate::planId)
                .sorted(Comparator.<Long>comparingDouble(id -> oracle.get(id)[2]).thenComparing(id -> id)).toList();
        for (int i = 0; i + 1 < ranked.size(); i++) {
            double here = oracle.get(ranked.get(i).planId())[2];
            double next = oracle.get(ranked.get(i + 1).planId())[2];
            assertTrue(here <= next + 0.01, "ranked (to the fen) " + ranked.stream().map(Recommender.Evaluation::planId)
                    .toList() + ", brute force " + bruteOrder);
        }
    }

    private static double tolerance(double v) {
        return 1e-7 * Math.max(1, Math.abs(v));
    }

    /** {expected cost, CVaR95, score} computed the slow way. */
    private static double[] bruteForce(LoadSeries series, Recommender.Candidate c, double sigma, double gamma) {
        PlanTerms plan = c.terms();
        int months = SCENARIOS.months();
        double[] f = SCENARIOS.factors(sigma, months);
        YearMonth first = YearMonth.from(series.start());
        double[] costs = new double[SCENARIOS.count()];
        for (int s = 0; s < SCENARIOS.count(); s++) {
            Map<Integer, Double> monthEnergy = new HashMap<>();
            double linear = 0;
            for (int i = 0; i < series.size(); i++) {
                for (int q = 0; q < series.stepMinutes() / 15; q++) {
                    LocalDateTime t = series.time(i).plusMinutes(15L * q);
                    int m = (int) first.until(YearMonth.from(t), ChronoUnit.MONTHS);
                    double kWh = f[s * months + m] * series.kWh()[i] * 15 / series.stepMinutes();
                    monthEnergy.merge(m, kWh, Double::sum);
                    TouPeriod p = CATALOG.period(t);
                    linear += kWh * switch (plan.type()) {
                        case FIXED -> plan.fixedPrice();
                        case TIME_OF_USE -> plan.touPrices()[p.ordinal()];
                        case DISCOUNT -> CATALOG.price(t.getMonth(), p) - plan.discount();
                        case TIERED -> 0;
                    };
                }
            }
            double cost = linear;
            for (double e : monthEnergy.values()) {
                cost += (plan.type() == PlanType.TIERED ? BillCalculator.tiered(plan, e) : 0)
                        + BillCalculator.penalty(plan, e);
            }
            costs[s] = cost;
        }
        double mean = java.util.Arrays.stream(costs).average().orElseThrow();
        double cvar = cvarByLinearProgram(costs, Recommender.ALPHA);
        double fees = plan.signUpFee() + c.switchingCost();
        return new double[] {mean + fees, cvar, mean + gamma * cvar + fees};
    }

    /** min ζ + 1/((1−α)S) Σ u_s subject to u_s ≥ cost_s − ζ, u_s ≥ 0. */
    static double cvarByLinearProgram(double[] costs, double alpha) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable zeta = model.addVariable("zeta").lower(0).weight(1);
        double w = 1 / ((1 - alpha) * costs.length);
        for (int s = 0; s < costs.length; s++) {
            Variable u = model.addVariable("u" + s).lower(0).weight(w);
            Expression tail = model.addExpression("tail" + s).lower(costs[s]);
            tail.set(u, 1);
            tail.set(zeta, 1);
        }
        Optimisation.Result result = model.minimise();
        assertTrue(result.getState().isOptimal(), result.toString());
        return result.getValue();
    }

    /** Daily spread recomputed independently: per (month, day type) groups, deviations from the group mean. */
    static double volatility(LoadSeries series) {
        Map<LocalDate, Double> daily = new java.util.TreeMap<>();
        for (int i = 0; i < series.size(); i++) {
            daily.merge(series.time(i).toLocalDate(), series.kWh()[i], Double::sum);
        }
        Map<String, List<Double>> groups = new HashMap<>();
        daily.forEach((d, v) -> groups.computeIfAbsent(YearMonth.from(d) + "/" + CATALOG.holiday(d),
                k -> new ArrayList<>()).add(v));
        List<Double> deviations = new ArrayList<>();
        for (List<Double> g : groups.values()) {
            double mean = g.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            if (g.size() > 1 && mean > 0) {
                g.forEach(v -> deviations.add(v / mean - 1));
            }
        }
        if (deviations.size() < 2) {
            return 0;
        }
        return Math.sqrt(deviations.stream().mapToDouble(d -> d * d).sum() / (deviations.size() - 1));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<LoadSeries> series = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 366),
                Arbitraries.of(15, 60), Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 27))
                .as(RecommendationOracleTest::series);
        Arbitrary<List<Recommender.Candidate>> plans = Arbitraries.longs().flatMap(seed ->
                Arbitraries.integers().between(2, 7).map(n -> plans(seed, n)));
        return Combinators.combine(series, plans, Arbitraries.of(0.0, 0.5, 1.0)).as(Case::new);
    }

    /** Up to a year (or about 100 days at 15-minute resolution) of a shop-like load with random day-to-day swings. */
    static LoadSeries series(long seed, int days, int step, int month, int day) {
        SplittableRandom r = new SplittableRandom(seed);
        int length = Math.max(1, (step == 15 ? Math.min(days, 100) : days) * 24 * 60 / step);
        double[] kWh = new double[length];
        double level = 0.5 + r.nextDouble() * 20;
        double dayFactor = 1;
        for (int i = 0; i < length; i++) {
            int minute = (i * step) % (24 * 60);
            if (minute == 0) {
                dayFactor = Math.exp(0.4 * (r.nextDouble() - 0.5));
            }
            double shape = minute >= 8 * 60 && minute < 20 * 60 ? 1.0 : 0.2;
            kWh[i] = r.nextInt(50) == 0 ? 0 : level * shape * dayFactor * step / 60.0 * (0.8 + 0.4 * r.nextDouble());
        }
        return new LoadSeries(LocalDateTime.of(2026, month + 1, day + 1, 0, 0), step, kWh);
    }

    static List<Recommender.Candidate> plans(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Recommender.Candidate> list = new ArrayList<>();
        for (int id = 1; id <= n; id++) {
            PlanTerms terms = switch (r.nextInt(4)) {
                case 0 -> PlanTerms.fixed(price(r));
                case 1 -> PlanTerms.timeOfUse(price(r) + 0.4, price(r) + 0.2, price(r), price(r) - 0.2);
                case 2 -> PlanTerms.tiered(new double[] {50 + r.nextInt(2000), 3000 + r.nextInt(3000)},
                        new double[] {price(r), price(r) + 0.05, price(r) + 0.3});
                default -> PlanTerms.discount(r.nextDouble() * 0.1);
            };
            if (r.nextBoolean()) {
                terms = terms.withVolume(10 + r.nextInt(5000), r.nextInt(4) * 0.05, r.nextDouble(), r.nextDouble());
            }
            terms = terms.withConditions(12, 30, 0, r.nextInt(3) * 50, 0);
            list.add(new Recommender.Candidate(id, terms, r.nextInt(3) == 0 ? 200 : 0));
        }
        return list;
    }

    private static double price(SplittableRandom r) {
        return 0.3 + Math.round(r.nextDouble() * 500) / 1000.0;
    }

    @Property(tries = 20)
    void cvarByLinearProgramIsTheMeanOfTheWorstTwentieth(@ForAll @IntRange(min = 1, max = 5) int k) {
        double[] costs = new double[20 * k];
        SplittableRandom r = new SplittableRandom(k);
        for (int i = 0; i < costs.length; i++) {
            costs[i] = r.nextDouble() * 1000;
        }
        double[] sorted = costs.clone();
        java.util.Arrays.sort(sorted);
        double worst = 0;
        for (int i = costs.length - k; i < costs.length; i++) {
            worst += sorted[i];
        }
        assertEquals(worst / k, cvarByLinearProgram(costs, 0.95), 1e-6);
    }
}
