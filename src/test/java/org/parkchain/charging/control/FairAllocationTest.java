package org.parkchain.charging.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Allocations worked out by hand (energy in kWh, a slot is a quarter hour: 40 kW for one slot is 10 kWh). */
class FairAllocationTest {
    static double[] margin(double kw, int from, int to) {
        double[] m = new double[96];
        Arrays.fill(m, from, to, kw);
        return m;
    }

    static FairAllocation.Request station(double kwh, double maxKw, int from, int to, double weight) {
        return new FairAllocation.Request(kwh, maxKw, from, to, weight);
    }

    @Test
    void demandUnderTheMarginIsServedInFull() {
        FairAllocation.Result r = FairAllocation.allocate(margin(500, 0, 96), List.of(station(10, 50, 0, 8, 1),
                station(20, 50, 40, 60, 3)));
        assertArrayEquals(new double[] {1, 1}, r.share(), 1e-9);
        assertEquals(1, r.jain(), 1e-12);
    }

    @Test
    void overTheMarginEqualWeightsShareEqually() {
        // 4 slots × 40 kW = 40 kWh for two stations wanting 40 kWh each
        FairAllocation.Result r = FairAllocation.allocate(margin(40, 0, 4), List.of(station(40, 100, 0, 4, 1),
                station(40, 100, 0, 4, 1)));
        assertArrayEquals(new double[] {20, 20}, r.servedKwh(), 1e-9);
        assertArrayEquals(new double[] {0.5, 0.5}, r.share(), 1e-9);
    }

    @Test
    void unequalWeightsShareInProportion() {
        // s1 = λ, s2 = 3λ: 40λ + 120λ = 40 → λ = 0.25
        FairAllocation.Result r = FairAllocation.allocate(margin(40, 0, 4), List.of(station(40, 100, 0, 4, 1),
                station(40, 100, 0, 4, 3)));
        assertArrayEquals(new double[] {10, 30}, r.servedKwh(), 1e-9);
        assertEquals(0.8, r.jain(), 1e-9); // (0.25 + 0.75)² / (2 · (0.0625 + 0.5625))
    }

    @Test
    void aWindowCutsAStationOutOfSomeSlots() {
        // B can use slots 2 and 3 only (20 kWh); A takes slots 0 and 1: both end at half their 40 kWh
        FairAllocation.Result r = FairAllocation.allocate(margin(40, 0, 4), List.of(station(40, 100, 0, 4, 1),
                station(40, 100, 2, 4, 1)));
        assertArrayEquals(new double[] {0.5, 0.5}, r.share(), 1e-9);
        assertEquals(0, r.kw()[1][0] + r.kw()[1][1], 1e-9);
    }

    @Test
    void twoStationsShareTheEveningWhileAThirdMovesToTheNight() {
        double[] m = margin(10, 72, 80); // evening: 8 slots × 10 kW = 20 kWh
        Arrays.fill(m, 88, 96, 40); // night: 8 slots × 40 kW = 80 kWh
        FairAllocation.Result r = FairAllocation.allocate(m, List.of(station(20, 50, 72, 80, 1),
                station(20, 50, 72, 80, 1), station(40, 50, 72, 96, 1)));
        assertArrayEquals(new double[] {10, 10, 40}, r.servedKwh(), 1e-9);
        double evening = 0;
        for (int t = 72; t < 80; t++) {
            evening += r.kw()[2][t];
        }
        assertEquals(0, evening, 1e-9, "the flexible station leaves the evening to the others");
    }

    @Test
    void minimumsOverTheMarginAreAdmittedLeastLaxityFirst() {
        // one slot of 10 kW, three stations needing at least 6 kW: only the least lax one is guaranteed
        double[] m = margin(10, 0, 1);
        FairAllocation.Request relaxed = new FairAllocation.Request(15, 6, 20, 0, 8, 1); // laxity 2 - 0.75 h
        FairAllocation.Request urgent = new FairAllocation.Request(1.5, 6, 6, 0, 1, 1); // laxity 0.25 - 0.25 h
        FairAllocation.Request middle = new FairAllocation.Request(1.5, 6, 10, 0, 1, 1);
        FairAllocation.Result r = FairAllocation.allocate(m, List.of(relaxed, urgent, middle));
        assertEquals(6, r.kw()[1][0], 1e-9, "the urgent station keeps its minimum");
        assertTrue(r.notAdmitted()[0][0] && r.notAdmitted()[2][0]);
        assertEquals(10, r.kw()[0][0] + r.kw()[1][0] + r.kw()[2][0], 1e-9, "the rest of the margin is still shared");
    }

    @Test
    void neverAboveTheMarginOrAStationsPowerOrOutsideItsWindow() {
        double[] m = margin(30, 10, 50);
        FairAllocation.Result r = FairAllocation.allocate(m, List.of(station(100, 20, 0, 30, 2),
                station(100, 25, 20, 60, 1), station(5, 7, 45, 96, 5)));
        for (int t = 0; t < 96; t++) {
            double sum = 0;
            for (int i = 0; i < 3; i++) {
                sum += r.kw()[i][t];
            }
            assertTrue(sum <= m[t] + 1e-9, "slot " + t);
        }
        assertTrue(Arrays.stream(r.kw()[0]).allMatch(v -> v <= 20 + 1e-9));
        assertEquals(0, Arrays.stream(r.kw()[0], 30, 96).sum(), 1e-12);
    }

    @Test
    void amongEqualSharesTheEarliestScheduleIsChosen() {
        // 10 kWh at up to 10 kW over the whole day, plenty of margin: served 00:00-01:00 at 10 kW, nothing later
        FairAllocation.Result r = FairAllocation.allocate(margin(100, 0, 96), List.of(station(10, 10, 0, 96, 1)));
        double[] expected = new double[96];
        Arrays.fill(expected, 0, 4, 10);
        assertArrayEquals(expected, r.kw()[0], 1e-9);
        // two stations: the first slots go to whoever can use them, the totals per slot are front-loaded
        FairAllocation.Result two = FairAllocation.allocate(margin(20, 0, 96), List.of(station(5, 20, 0, 96, 1),
                station(10, 20, 2, 96, 1)));
        assertEquals(20, two.kw()[0][0], 1e-9, "the first station takes 00:00-00:15 in full");
        assertEquals(0, two.kw()[0][1], 1e-9);
        assertEquals(20, two.kw()[1][2] + two.kw()[1][3], 1e-9 + 20, "the second starts at its arrival");
        assertEquals(20, two.kw()[1][2], 1e-9);
        assertEquals(20, two.kw()[1][3], 1e-9);
        assertEquals(0, Arrays.stream(two.kw()[1], 4, 96).sum(), 1e-9);
    }

    @Test
    void withinASlotTheStationLeavingSoonerIsServedFirst() {
        // 10 kW margin from 00:00 to 02:00; A leaves at 02:00, B at 01:00; each needs 5 kWh at up to 10 kW: B takes
        // the first half hour (it must leave sooner), A the next; nothing is shared that need not be
        FairAllocation.Result r = FairAllocation.allocate(margin(10, 0, 8), List.of(station(5, 10, 0, 8, 1),
                station(5, 10, 0, 4, 1)));
        assertArrayEquals(new double[] {1, 1}, r.share(), 1e-9);
        assertArrayEquals(new double[] {0, 0, 10, 10, 0, 0, 0, 0}, Arrays.copyOf(r.kw()[0], 8), 1e-9);
        assertArrayEquals(new double[] {10, 10, 0, 0, 0, 0, 0, 0}, Arrays.copyOf(r.kw()[1], 8), 1e-9);
    }
}
