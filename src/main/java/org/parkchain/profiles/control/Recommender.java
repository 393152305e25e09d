package org.parkchain.profiles.control;

import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.parkchain.plans.control.BillCalculator;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * Ranks plans for a load profile (DOMAIN.md §1): for each plan the scenario costs {@code cost_s = B_s + Pen_s} over
 * the profile's months, their mean, their CVaR at 95 % (the mean of the worst 5 % of scenarios), the fees of
 * switching (sign-up fee of the new plan plus the early-exit fee of the current agreement when leaving it), and the
 * score {@code E[cost] + γ·CVaR95(cost) + switching}. Lower scores rank first (to the fen); ties go to the lower
 * expected cost, then the lower plan id. Deterministic for the same inputs.
 */
public final class Recommender {
    public static final double ALPHA = 0.95;

    private final LoadScenarios scenarios;

    public Recommender(LoadScenarios scenarios) {
        this.scenarios = scenarios;
    }

    /**
     * @param switchingCost the early-exit fee due if the user leaves its current agreement for this plan (0 for the
     *                      current plan itself, or when there is none or its term is over)
     */
    public record Candidate(long planId, PlanTerms terms, double switchingCost) {
    }

    /** A plan's expected energy charge and penalties, fees, CVaR 95 % and score over the profile's months. */
    public record Evaluation(long planId, double expectedEnergy, double expectedPenalty, double signUpFee,
                             double switchingCost, double cvar95, double score) {
        /** Expected cost over the profile's months including fees: what the user should expect to pay. */
        public double expectedCost() {
            return expectedEnergy + expectedPenalty + signUpFee + switchingCost;
        }

        /**
         * The cost of a bad year (the mean of the worst 5 % of scenarios) including the same fees, so that it compares
         * like with like with {@link #expectedCost()} and is never below it.
         */
        public double badYearCost() {
            return cvar95 + signUpFee + switchingCost;
        }
    }

    /** Scores and costs are compared to the fen (0.01 yuan): plans that cost the same are ranked by plan id. */
    public static final Comparator<Evaluation> RANKING = Comparator.<Evaluation>comparingLong(e -> fen(e.score()))
            .thenComparingLong(e -> fen(e.expectedCost())).thenComparingLong(Evaluation::planId);

    static long fen(double yuan) {
        return Math.round(yuan * 100);
    }

    /** @param gamma risk aversion: 0 ranks by expected cost alone */
    public List<Evaluation> rank(UsageProfile profile, CatalogTariff catalog, List<Candidate> candidates,
                                 double gamma) {
        int months = profile.months();
        if (months > scenarios.months()) {
            throw new IllegalArgumentException("the profile has more months than the scenarios");
        }
        Month[] calendar = new Month[months];
        double[] totals = new double[months];
        for (int m = 0; m < months; m++) {
            calendar[m] = profile.month(m);
            totals[m] = profile.monthTotal(m);
        }
        double[] f = scenarios.factors(profile.volatility(), months);
        int count = scenarios.count();
        double[] meanFactor = new double[months];
        for (int i = 0; i < f.length; i++) {
            meanFactor[i % months] += f[i] / count;
        }
        List<Candidate> scaled = new ArrayList<>();
        List<Candidate> other = new ArrayList<>();
        for (Candidate c : candidates) {
            (c.terms().linearEnergy() && c.terms().contractedKwh() <= 0 ? scaled : other).add(c);
        }
        List<Evaluation> result = new ArrayList<>(candidates.size());
        result.addAll(proportional(profile, catalog, calendar, totals, scaled, f, meanFactor, gamma));
        result.addAll(general(profile, catalog, calendar, totals, other, f, gamma));
        result.sort(RANKING);
        return result;
    }

    /**
     * Plans whose whole bill is proportional to the load (no blocks, no contracted volume): a scenario's cost is
     * {@code Σ_m f[s][m]·B_m}, with {@code B_m} the month's bill at the profile's own load, computed for all such
     * plans together.
     */
    private List<Evaluation> proportional(UsageProfile profile, CatalogTariff catalog, Month[] calendar,
                                          double[] totals, List<Candidate> plans, double[] f, double[] meanFactor,
                                          double gamma) {
        int n = plans.size();
        int months = totals.length;
        if (n == 0) {
            return List.of();
        }
        double[] bill = new double[months * n];
        for (int m = 0; m < months; m++) {
            for (int j = 0; j < n; j++) {
                bill[m * n + j] = BillCalculator.energy(plans.get(j).terms(), catalog, calendar[m],
                        profile.kWh()[m], totals[m]);
            }
        }
        Tail[] tails = new Tail[n];
        for (int j = 0; j < n; j++) {
            tails[j] = new Tail(tailSize());
        }
        double[] cost = new double[n];
        for (int s = 0; s < scenarios.count(); s++) {
            Arrays.fill(cost, 0);
            for (int m = 0; m < months; m++) {
                double factor = f[s * months + m];
                int row = m * n;
                for (int j = 0; j < n; j++) {
                    cost[j] += factor * bill[row + j];
                }
            }
            for (int j = 0; j < n; j++) {
                tails[j].offer(cost[j]);
            }
        }
        List<Evaluation> result = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            double energy = 0;
            for (int m = 0; m < months; m++) {
                energy += bill[m * n + j] * meanFactor[m];
            }
            result.add(evaluation(plans.get(j), energy, 0, tails[j].mean(), gamma));
        }
        return result;
    }

    /**
     * Plans with block prices or a contracted volume: each scenario's monthly load {@code x = f·E_m} goes through
     * the plan's piecewise-linear {@link BillCalculator.Shape}, plus the proportional part of its energy charge. The
     * loads are computed once for all plans; each plan is then a few passes over them with no branches
     * ({@code max(d, 0) = (d + |d|) / 2}).
     */
    private List<Evaluation> general(UsageProfile profile, CatalogTariff catalog, Month[] calendar, double[] totals,
                                     List<Candidate> plans, double[] f, double gamma) {
        int months = totals.length;
        int cells = f.length;
        double[] load = new double[cells];
        for (int i = 0; i < cells; i++) {
            load[i] = f[i] * totals[i % months];
        }
        double[] energy = new double[cells];
        double[] penalty = new double[cells];
        List<Evaluation> result = new ArrayList<>(plans.size());
        for (Candidate c : plans) {
            PlanTerms plan = c.terms();
            BillCalculator.Shape h = BillCalculator.Shape.of(plan);
            double slope = h.slope();
            for (int i = 0; i < cells; i++) {
                energy[i] = slope * load[i];
            }
            if (plan.linearEnergy()) {
                double[] base = new double[months];
                for (int m = 0; m < months; m++) {
                    base[m] = BillCalculator.energy(plan, catalog, calendar[m], profile.kWh()[m], totals[m]);
                }
                for (int i = 0; i < cells; i++) {
                    energy[i] += f[i] * base[i % months];
                }
            }
            for (int k = 0; k < h.kinkAt().length; k++) {
                double at = h.kinkAt()[k];
                double by = h.kinkSlope()[k] / 2;
                for (int i = 0; i < cells; i++) {
                    double d = load[i] - at;
                    energy[i] += by * (d + Math.abs(d));
                }
            }
            double overAt = h.overAt();
            double over = h.overSlope() / 2;
            double underAt = h.underAt();
            double under = h.underSlope() / 2;
            double penaltySum = 0;
            for (int i = 0; i < cells; i++) {
                double o = load[i] - overAt;
                double u = underAt - load[i];
                penalty[i] = over * (o + Math.abs(o)) + under * (u + Math.abs(u));
                penaltySum += penalty[i];
            }
            Tail tail = new Tail(tailSize());
            double energySum = 0;
            for (int s = 0, i = 0; s < scenarios.count(); s++) {
                double cost = 0;
                for (int m = 0; m < months; m++, i++) {
                    cost += energy[i] + penalty[i];
                    energySum += energy[i];
                }
                tail.offer(cost);
            }
            int count = scenarios.count();
            result.add(evaluation(c, energySum / count, penaltySum / count, tail.mean(), gamma));
        }
        return result;
    }

    private Evaluation evaluation(Candidate c, double energy, double penalty, double cvar, double gamma) {
        double score = energy + penalty + gamma * cvar + c.terms().signUpFee() + c.switchingCost();
        return new Evaluation(c.planId(), energy, penalty, c.terms().signUpFee(), c.switchingCost(), cvar, score);
    }

    /**
     * The expected bill (energy and penalty) of each month of the profile under a plan, over the same scenarios as
     * the ranking: the figures of the side-by-side chart of the top plans.
     */
    public double[] monthlyExpected(UsageProfile profile, CatalogTariff catalog, PlanTerms plan) {
        int months = profile.months();
        double[] f = scenarios.factors(profile.volatility(), months);
        double[] kWh = new double[TouPeriod.ALL.length];
        double[] expected = new double[months];
        for (int m = 0; m < months; m++) {
            Month month = profile.month(m);
            double[] own = profile.kWh()[m];
            double sum = 0;
            for (int s = 0; s < scenarios.count(); s++) {
                double factor = f[s * months + m];
                for (int p = 0; p < kWh.length; p++) {
                    kWh[p] = factor * own[p];
                }
                sum += BillCalculator.month(plan, catalog, month, kWh).total();
            }
            expected[m] = sum / scenarios.count();
        }
        return expected;
    }

    private int tailSize() {
        return (int) Math.round((1 - ALPHA) * scenarios.count());
    }

    /** The k largest values seen, for the CVaR (mean of the worst scenarios). */
    static final class Tail {
        private final double[] top;
        private int size;

        Tail(int k) {
            top = new double[k];
        }

        void offer(double v) {
            if (size < top.length) {
                int i = size++;
                while (i > 0 && top[i - 1] > v) {
                    top[i] = top[i - 1];
                    i--;
                }
                top[i] = v;
            } else if (v > top[0]) {
                int i = 0;
                while (i + 1 < top.length && top[i + 1] < v) {
                    top[i] = top[i + 1];
                    i++;
                }
                top[i] = v;
            }
        }

        double mean() {
            double sum = 0;
            for (int i = 0; i < size; i++) {
                sum += top[i];
            }
            return sum / size;
        }
    }
}
