package org.parkchain.charging.control;

import java.util.Arrays;
import java.util.List;

/**
 * The LP oracle of {@link FairAllocationOracleTest} (the sequence of max-min LPs, one level LP and one probe LP per
 * unfixed station at each level) as the benchmark times it, with a time limit: a park-sized instance needs thousands
 * of LPs of tens of thousands of variables each.
 */
public final class FairAllocationOracleBench {
    private FairAllocationOracleBench() {
    }

    /** How far the oracle got: whether it finished, how many LPs it solved, how many stations it fixed. */
    public record Outcome(boolean complete, int lps, int fixed) {
    }

    public static Outcome levels(double[] margin, List<FairAllocation.Request> requests, long limitSeconds) {
        long deadline = System.nanoTime() + limitSeconds * 1_000_000_000L;
        int n = requests.size();
        Double[] fixed = new Double[n];
        int lps = 0;
        double[] slack = new double[n];
        while (Arrays.stream(fixed).anyMatch(f -> f == null)) {
            double level = FairAllocationOracleTest.solve(margin, requests, fixed, -1, 0);
            lps++;
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if (System.nanoTime() > deadline) {
                    return new Outcome(false, lps, (int) Arrays.stream(fixed).filter(f -> f != null).count());
                }
                if (fixed[i] == null) {
                    double w = requests.get(i).weight();
                    double most = FairAllocationOracleTest.solve(margin, requests, fixed, i, level);
                    lps++;
                    slack[i] = most - w * level;
                    if (most <= w * level + 1e-6) {
                        fixed[i] = Math.min(1, w * level);
                        any = true;
                    }
                }
            }
            if (!any) {
                // the LP solver's rounding: fix the station closest to the level, as exact arithmetic would
                int closest = -1;
                for (int i = 0; i < n; i++) {
                    if (fixed[i] == null && (closest < 0 || slack[i] < slack[closest])) {
                        closest = i;
                    }
                }
                fixed[closest] = Math.min(1, requests.get(closest).weight() * level);
            }
        }
        return new Outcome(true, lps, n);
    }
}
