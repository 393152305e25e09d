package org.parkchain.charging.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reasons given per station, for allocations worked out by hand. */
class AllocationExplanationTest {
    @Test
    void aStationSharingAFullTransformerIsToldWhereItWasTheBottleneck() {
        double[] margin = FairAllocationTest.margin(40, 0, 4);
        List<FairAllocation.Request> two = List.of(FairAllocationTest.station(40, 100, 0, 4, 1),
                FairAllocationTest.station(40, 100, 0, 4, 1));
        FairAllocation.Result r = FairAllocation.allocate(margin, two);
        double[] total = new double[96];
        for (int t = 0; t < 96; t++) {
            total[t] = r.kw()[0][t] + r.kw()[1][t];
        }
        List<AllocationExplanation.Line> lines = AllocationExplanation.explain(two.get(0), r.kw()[0],
                r.notAdmitted()[0], margin, total);
        assertEquals("charging.explain.window", lines.get(0).key());
        assertArrayEquals(new Object[] {"00:00", "01:00", 1.0, 100.0, 1}, lines.get(0).args());
        assertEquals("charging.explain.shared", lines.get(1).key());
        assertArrayEquals(new Object[] {20.0, 40.0, 50.0, 4, "00:00–01:00", 1}, lines.get(1).args());
        assertEquals(2, lines.size());
    }

    @Test
    void aStationServedInFullIsToldSo() {
        double[] margin = FairAllocationTest.margin(100, 0, 96);
        FairAllocation.Request q = FairAllocationTest.station(10, 50, 8, 16, 3);
        FairAllocation.Result r = FairAllocation.allocate(margin, List.of(q));
        List<AllocationExplanation.Line> lines = AllocationExplanation.explain(q, r.kw()[0], r.notAdmitted()[0],
                margin, r.kw()[0]);
        assertEquals("charging.explain.full", lines.get(1).key());
    }

    @Test
    void markedSlotsAreWrittenAsTimeRanges() {
        boolean[] marked = new boolean[96];
        marked[2] = true;
        marked[3] = true;
        marked[5] = true;
        marked[95] = true;
        assertEquals("00:30–01:00, 01:15–01:30, 23:45–24:00", AllocationExplanation.ranges(marked));
    }
}
