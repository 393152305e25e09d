package org.parkchain.plans.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The recommendation's branch-free form of block prices and penalties equals the bill calculator's. */
class BillShapePropertiesTest {
    @Property(tries = 500)
    void shapeEqualsTheCalculator(@ForAll long seed, @ForAll @DoubleRange(min = 0, max = 20_000) double kWh) {
        SplittableRandom r = new SplittableRandom(seed);
        int blocks = r.nextInt(4);
        double[] limits = new double[blocks];
        double[] prices = new double[blocks + 1];
        double limit = 0;
        for (int k = 0; k < blocks; k++) {
            limit += 1 + r.nextInt(5000);
            limits[k] = limit;
        }
        for (int k = 0; k <= blocks; k++) {
            prices[k] = r.nextDouble();
        }
        PlanTerms plan = r.nextBoolean() ? PlanTerms.tiered(limits, prices) : PlanTerms.fixed(prices[0]);
        if (r.nextBoolean()) {
            plan = plan.withVolume(1 + r.nextInt(10_000), r.nextInt(5) * 0.05, r.nextDouble(), r.nextDouble());
        }
        BillCalculator.Shape shape = BillCalculator.Shape.of(plan);
        double expectedEnergy = plan.type() == PlanType.TIERED ? BillCalculator.tiered(plan, kWh) : 0;
        assertEquals(expectedEnergy, shape.energy(kWh), 1e-9 * Math.max(1, expectedEnergy));
        assertEquals(BillCalculator.penalty(plan, kWh), shape.penalty(kWh), 1e-9 * Math.max(1, kWh));
    }
}
