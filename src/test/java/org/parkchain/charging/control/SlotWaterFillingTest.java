package org.parkchain.charging.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** One slot's weighted water-filling, by hand and against a bisection oracle on random slots. */
class SlotWaterFillingTest {
    static final double[] NONE = {0, 0, 0};
    static final double[] EQUAL = {1, 1, 1};

    @Test
    void demandUnderTheMarginIsServedInFull() {
        assertArrayEquals(new double[] {10, 20, 5}, SlotWaterFilling.share(50, new double[] {10, 20, 5}, NONE, EQUAL),
                1e-12);
    }

    @Test
    void equalWeightsShareWhatTheSmallRequestLeaves() {
        // 30 kW for 10 + 40 + 40: the small one is served, the others get 10 each
        assertArrayEquals(new double[] {10, 10, 10}, SlotWaterFilling.share(30, new double[] {10, 40, 40}, NONE,
                EQUAL), 1e-12);
    }

    @Test
    void unequalWeightsShareInProportion() {
        // 40 kW, weights 1 : 2 : 1 → λ = 10
        assertArrayEquals(new double[] {10, 20, 10}, SlotWaterFilling.share(40, new double[] {100, 100, 100}, NONE,
                new double[] {1, 2, 1}), 1e-12);
    }

    @Test
    void aMinimumHoldsAndTheOthersShareTheRest() {
        // 40 kW, the first needs at least 25: 25 + λ = 40 → the second gets 15
        assertArrayEquals(new double[] {25, 15}, SlotWaterFilling.share(40, new double[] {50, 50},
                new double[] {25, 0}, new double[] {1, 1}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> SlotWaterFilling.share(40, new double[] {50, 50},
                new double[] {25, 20}, new double[] {1, 1}));
    }

    @Test
    void theMarginNeverGoesNegative() {
        assertArrayEquals(new double[96], CapacityMargin.of(100, new double[96], 150), 0);
        double[] base = new double[96];
        base[40] = 500;
        double[] m = CapacityMargin.of(736, base, 36);
        assertEquals(700, m[0], 1e-12);
        assertEquals(200, m[40], 1e-12);
    }

    @Property(tries = 500)
    void exactLevelAgreesWithBisectionAndUsesTheMarginWhenDemandExceedsIt(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = r.nextInt(1, 12);
        double[] req = new double[n];
        double[] min = new double[n];
        double[] w = new double[n];
        double floor = 0;
        for (int i = 0; i < n; i++) {
            req[i] = r.nextInt(0, 500);
            min[i] = r.nextBoolean() ? 0 : r.nextInt(0, (int) req[i] + 1) / 2.0;
            w[i] = r.nextInt(1, 6);
            floor += min[i];
        }
        double margin = floor + r.nextInt(0, 800);
        double[] x = SlotWaterFilling.share(margin, req, min, w);
        double sum = 0;
        double demand = 0;
        for (int i = 0; i < n; i++) {
            assertTrue(x[i] >= min[i] - 1e-9 && x[i] <= req[i] + 1e-9);
            sum += x[i];
            demand += req[i];
        }
        assertEquals(Math.min(margin, demand), sum, 1e-6);
        if (demand > margin) {
            double lo = 0;
            double hi = 1e6;
            for (int k = 0; k < 200; k++) {
                double mid = (lo + hi) / 2;
                if (SlotWaterFilling.total(mid, req, min, w) < margin) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            for (int i = 0; i < n; i++) {
                assertEquals(Math.min(req[i], Math.max(min[i], w[i] * hi)), x[i], 1e-6);
            }
        }
    }
}
