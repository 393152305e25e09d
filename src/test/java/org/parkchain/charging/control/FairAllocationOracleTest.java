package org.parkchain.charging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The allocation against an independent oracle: the sequence of max-min linear programs solved by ojAlgo (maximise
 * the common level t with s_i >= w_i t for the stations not yet fixed; then fix every station whose share cannot rise
 * above w_i t while the others keep theirs; repeat). The sorted weighted shares must be equal level by level, and the
 * safety invariant must hold on random parks.
 *
 * <p>The LPs are stated in kWh (no 1/E coefficients) and relax a bound only by {@link #SLACK_KWH}: a slack on the
 * shares would let a fixed station with a large request free enough energy to lift a small one past the tolerance,
 * and nearly equal bounds in 1/E form made ojAlgo's simplex report feasible parks as infeasible.
 */
class FairAllocationOracleTest {
    static final int SLOTS = 96;
    /** How far the LPs may miss a bound, in kWh: far below the test's tolerance, above the solver's. */
    static final double SLACK_KWH = 1e-7;

    @Property(tries = 200)
    void sortedWeightedSharesEqualTheLpOptimumLevelByLevel(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = r.nextInt(1, 5);
        int first = r.nextInt(0, 80);
        int span = r.nextInt(2, 12);
        double[] margin = new double[SLOTS];
        for (int t = first; t < first + span; t++) {
            margin[t] = r.nextInt(0, 60);
        }
        List<FairAllocation.Request> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int from = first + r.nextInt(0, span);
            int to = Math.min(SLOTS, from + r.nextInt(1, span + 2));
            double energy = r.nextInt(1, 60);
            double max = r.nextInt(1, 50);
            double min = r.nextBoolean() ? 0 : Math.min(max, Math.min(r.nextInt(1, 20), energy / (0.25 * (to - from))));
            requests.add(new FairAllocation.Request(energy, min, max, from, to, r.nextInt(1, 6)));
        }
        FairAllocation.Result result = FairAllocation.allocate(margin, requests);
        double[] oracle = oracle(margin, requests);
        double[] mine = new double[n];
        for (int i = 0; i < n; i++) {
            mine[i] = result.share()[i] / requests.get(i).weight();
            oracle[i] = oracle[i] / requests.get(i).weight();
        }
        Arrays.sort(mine);
        Arrays.sort(oracle);
        for (int i = 0; i < n; i++) {
            assertEquals(oracle[i], mine[i], 1e-5, () -> Arrays.toString(mine) + " vs " + Arrays.toString(oracle));
        }
        for (int t = 0; t < SLOTS; t++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                FairAllocation.Request q = requests.get(i);
                double x = result.kw()[i][t];
                assertTrue(x >= -1e-9 && x <= q.maxKw() + 1e-9 && (q.open(t) || x == 0));
                assertTrue(result.notAdmitted()[i][t] || !q.open(t) || x >= q.minKw() - 1e-9, "minimum held");
                sum += x;
            }
            assertTrue(sum <= margin[t] + 1e-6, "slot " + t);
        }
    }

    /** Each station's share by the sequence of max-min LPs. */
    static double[] oracle(double[] margin, List<FairAllocation.Request> requests) {
        int n = requests.size();
        Double[] fixed = new Double[n];
        while (Arrays.stream(fixed).anyMatch(f -> f == null)) {
            double level = solve(margin, requests, fixed, -1, 0);
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if (fixed[i] == null) {
                    double w = requests.get(i).weight();
                    double most = solve(margin, requests, fixed, i, level);
                    if (most <= w * level + 1e-6) {
                        fixed[i] = Math.min(1, w * level);
                        any = true;
                    }
                }
            }
            if (!any) {
                throw new IllegalStateException("no station fixed at level " + level);
            }
        }
        return Arrays.stream(fixed).mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * With {@code probe < 0}: the largest common level t (s_i >= w_i t for unfixed i). With a probe: the largest share
     * station {@code probe} can get while every unfixed station keeps s_j >= w_j · level.
     */
    static double solve(double[] margin, List<FairAllocation.Request> requests, Double[] fixed, int probe,
                        double level) {
        int n = requests.size();
        boolean[][] admitted = FairAllocation.admitMinimums(margin, requests);
        // in kWh throughout (no 1/E coefficients): served_i = Σ_t x_it, share_i = served_i / E_i
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[][] x = new Variable[n][SLOTS];
        Expression[] served = new Expression[n];
        for (int i = 0; i < n; i++) {
            FairAllocation.Request q = requests.get(i);
            served[i] = model.addExpression("s" + i).upper(q.energyKwh());
            for (int t = q.from(); t < q.to(); t++) {
                if (margin[t] <= 0) {
                    continue; // nothing can flow there: no column (fewer degenerate columns for the simplex)
                }
                x[i][t] = model.addVariable("x" + i + "_" + t).lower(admitted[i][t] ? q.minKw() * 0.25 : 0)
                        .upper(q.maxKw() * 0.25);
                served[i].set(x[i][t], 1);
            }
        }
        for (int t = 0; t < SLOTS; t++) {
            Expression slot = null;
            for (int i = 0; i < n; i++) {
                if (x[i][t] != null) {
                    slot = slot == null ? model.addExpression("c" + t).upper(margin[t] * 0.25) : slot;
                    slot.set(x[i][t], 1);
                }
            }
        }
        Variable z = model.addVariable("z").lower(0);
        for (int i = 0; i < n; i++) {
            FairAllocation.Request q = requests.get(i);
            if (fixed[i] != null) {
                served[i].lower(fixed[i] * q.energyKwh() - SLACK_KWH);
            } else if (probe < 0) {
                Expression e = model.addExpression("lvl" + i).lower(0);
                for (int t = q.from(); t < q.to(); t++) {
                    if (x[i][t] != null) {
                        e.set(x[i][t], 1);
                    }
                }
                e.set(z, -q.weight() * q.energyKwh());
            } else {
                served[i].lower(Math.min(1, q.weight() * level) * q.energyKwh() - SLACK_KWH);
            }
        }
        if (probe < 0) {
            z.upper(1e6).weight(1);
        } else {
            served[probe].weight(1);
        }
        Optimisation.Result result = model.maximise();
        assertTrue(result.getState().isFeasible(),
                () -> result + " fixed " + Arrays.toString(fixed) + " probe " + probe + " level " + level);
        if (probe < 0) {
            return result.get(model.indexOf(z)).doubleValue();
        }
        double s = 0;
        FairAllocation.Request q = requests.get(probe);
        for (int t = q.from(); t < q.to(); t++) {
            if (x[probe][t] != null) {
                s += result.get(model.indexOf(x[probe][t])).doubleValue() / q.energyKwh();
            }
        }
        return s;
    }
}
