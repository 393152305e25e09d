package org.parkchain.charging.control;

import java.util.Arrays;

/**
 * Weighted max-min fair sharing of one slot's margin (DOMAIN.md §3, the one-slot case of the allocation): station
 * {@code i} asks {@code r_i} kW with a guaranteed minimum {@code m_i} and weight {@code w_i}, and receives
 * {@code x_i = min(r_i, max(m_i, w_i·λ))}, with the level {@code λ} chosen so that the margin is used exactly when
 * demand exceeds it ({@code x_i = r_i} otherwise). The level is found exactly, by sorting the breakpoints where a
 * station's share stops rising ({@code r_i/w_i}) or starts rising ({@code m_i/w_i}), not by bisection. Minimums must
 * fit the margin (the caller admits them first, least laxity first).
 */
public final class SlotWaterFilling {
    private SlotWaterFilling() {
    }

    /**
     * @return {@code x_i} per station, kW
     * @throws IllegalArgumentException when the minimums alone exceed the margin, or a minimum exceeds its request
     */
    public static double[] share(double margin, double[] request, double[] minimum, double[] weight) {
        int n = request.length;
        double demand = 0;
        double floor = 0;
        for (int i = 0; i < n; i++) {
            if (minimum[i] > request[i] || weight[i] <= 0 || minimum[i] < 0) {
                throw new IllegalArgumentException("station " + i + ": 0 <= minimum <= request and weight > 0");
            }
            demand += request[i];
            floor += minimum[i];
        }
        if (demand <= margin) {
            return request.clone();
        }
        if (floor > margin + 1e-9) {
            throw new IllegalArgumentException("the minimums " + floor + " kW exceed the margin " + margin + " kW");
        }
        // total(λ) = Σ min(r_i, max(m_i, w_i λ)) is continuous, non-decreasing and piecewise linear in λ, with
        // breakpoints at m_i/w_i and r_i/w_i; find the piece where it crosses the margin and solve it there
        double[] points = new double[2 * n];
        for (int i = 0; i < n; i++) {
            points[2 * i] = minimum[i] / weight[i];
            points[2 * i + 1] = request[i] / weight[i];
        }
        Arrays.sort(points);
        double lower = 0;
        for (double p : points) {
            if (total(p, request, minimum, weight) >= margin) {
                break;
            }
            lower = p;
        }
        // on [lower, next breakpoint] the total is a + b·λ: b = Σ w_i over stations rising there
        double a = 0;
        double b = 0;
        for (int i = 0; i < n; i++) {
            double level = weight[i] * lower;
            if (level >= request[i]) {
                a += request[i];
            } else if (level < minimum[i] || minimum[i] / weight[i] > lower) {
                a += minimum[i];
            } else {
                b += weight[i];
            }
        }
        double lambda = b == 0 ? lower : (margin - a) / b;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.min(request[i], Math.max(minimum[i], weight[i] * lambda));
        }
        return x;
    }

    static double total(double lambda, double[] request, double[] minimum, double[] weight) {
        double sum = 0;
        for (int i = 0; i < request.length; i++) {
            sum += Math.min(request[i], Math.max(minimum[i], weight[i] * lambda));
        }
        return sum;
    }
}
