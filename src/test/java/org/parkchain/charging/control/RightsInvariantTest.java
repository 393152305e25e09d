package org.parkchain.charging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The safety invariant: what it refuses by hand, and that every allocation over random parks keeps it. */
class RightsInvariantTest {
    @Test
    void aSlotOverTheMarginAStationOverItsPowerOrOutsideItsWindowIsNamed() {
        double[] margin = FairAllocationTest.margin(50, 0, 96);
        double[] a = new double[96];
        double[] b = new double[96];
        a[72] = 30;
        b[72] = 30; // 60 kW > 50 kW at 18:00
        b[10] = 5; // outside b's window
        a[80] = 45; // above a's 40 kW
        List<String> v = RightsInvariant.violations(margin, List.of(new RightsInvariant.Holder("A", 40, 70, 90, a),
                new RightsInvariant.Holder("B", 40, 70, 90, b)));
        assertEquals(3, v.size(), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("slot 18:00")));
        assertTrue(v.stream().anyMatch(s -> s.startsWith("B at 02:30")));
        assertTrue(v.stream().anyMatch(s -> s.startsWith("A at 20:00")));
    }

    /** Random parks: margins with a base-load hump, 1 to 30 stations with windows, minimums and weights 1 to 5. */
    @Property(tries = 300)
    void everyAllocationKeepsTheInvariant(@ForAll long seed) {
        Random rnd = new Random(seed);
        double limit = 200 + rnd.nextInt(800);
        double[] base = new double[96];
        for (int t = 0; t < 96; t++) {
            base[t] = limit * (0.3 + 0.5 * rnd.nextDouble());
        }
        double[] margin = CapacityMargin.of(limit, base, rnd.nextInt(100));
        int n = 1 + rnd.nextInt(30);
        List<FairAllocation.Request> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int from = rnd.nextInt(90);
            int to = from + 1 + rnd.nextInt(96 - from);
            double max = 7 + rnd.nextInt(200);
            double energy = Math.max(0.5, rnd.nextDouble() * max * (to - from) * 0.25);
            double min = rnd.nextInt(4) == 0 ? Math.min(max, energy / ((to - from) * 0.25)) * rnd.nextDouble() : 0;
            requests.add(new FairAllocation.Request(energy, min, max, from, to, 1 + rnd.nextInt(5)));
        }
        FairAllocation.Result r = FairAllocation.allocate(margin, requests);
        List<RightsInvariant.Holder> holders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] kw = r.kw()[i].clone();
            for (int t = 0; t < 96; t++) {
                kw[t] = BigDecimal.valueOf(kw[t]).setScale(3, RoundingMode.FLOOR).doubleValue();
            }
            FairAllocation.Request q = requests.get(i);
            holders.add(new RightsInvariant.Holder("S" + i, q.maxKw(), q.from(), q.to(), kw));
        }
        assertEquals(List.of(), RightsInvariant.violations(margin, holders));
    }
}
