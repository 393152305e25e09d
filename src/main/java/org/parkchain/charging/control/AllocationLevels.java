package org.parkchain.charging.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The energy each station asks beyond its admitted minimums at level λ: {@code max(0, E_i·min(a_i, w_i·λ) − F_i)},
 * and the exact level at which a cut's stations ask just what they can reach.
 */
final class AllocationLevels {
    private final List<FairAllocation.Request> requests;
    private final double[] alone;
    private final double[] floorKwh;

    AllocationLevels(List<FairAllocation.Request> requests, double[] alone, double[] floorKwh) {
        this.requests = requests;
        this.alone = alone;
        this.floorKwh = floorKwh;
    }

    double extra(int i, double lambda) {
        FairAllocation.Request r = requests.get(i);
        return Math.max(0, r.energyKwh() * Math.min(alone[i], r.weight() * lambda) - floorKwh[i]);
    }

    double[] extra(boolean[] frozen, double[] fixed, double lambda) {
        double[] d = new double[requests.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = frozen[i] ? fixed[i] : extra(i, lambda);
        }
        return d;
    }

    /** The largest λ' <= λ at which the cut's stations ask at most {@code reachable}; exact on linear pieces. */
    double solve(boolean[] frozen, double[] fixed, boolean[] cut, double reachable, double lambda) {
        double target = reachable;
        int[] rising = new int[cut.length];
        int count = 0;
        double[] points = new double[2 * cut.length + 2];
        int p = 0;
        points[p++] = 0.0;
        points[p++] = lambda;
        for (int i = 0; i < cut.length; i++) {
            if (!cut[i]) {
                continue;
            }
            if (frozen[i]) {
                target -= fixed[i];
            } else {
                rising[count++] = i;
                FairAllocation.Request r = requests.get(i);
                points[p++] = alone[i] / r.weight();
                if (r.energyKwh() > 0) {
                    points[p++] = floorKwh[i] / (r.energyKwh() * r.weight());
                }
            }
        }
        double[] sorted = java.util.Arrays.stream(points, 0, p).filter(x -> x >= 0 && x <= lambda).sorted()
                .distinct().toArray();
        int[] stations = java.util.Arrays.copyOf(rising, count);
        double lower = 0;
        double upper = lambda;
        for (double x : sorted) {
            if (asked(stations, x) > target) {
                upper = x;
                break;
            }
            lower = x;
        }
        double gl = asked(stations, lower);
        double gu = asked(stations, upper);
        if (gu <= gl || upper <= lower) {
            return lower;
        }
        return lower + (upper - lower) * (target - gl) / (gu - gl);
    }

    private double asked(int[] stations, double lambda) {
        double sum = 0;
        for (int i : stations) {
            sum += extra(i, lambda);
        }
        return sum;
    }
}
