package org.parkchain.charging.control;

import java.util.Arrays;
import java.util.List;

/** The transportation network for given demands: source → stations → slots → sink, in kWh. */
final class AllocationNetwork {
    final int n;
    final int source;
    final int sink;
    final MaxFlow graph;
    final int[] sourceEdge;
    final int[][] slotEdge;
    final double flow;
    final double total;
    final double[] marginKwh;
    final List<FairAllocation.Request> requests;

    AllocationNetwork(double[] marginKw, List<FairAllocation.Request> requests, double[][] floorKw, double[] demand) {
        this.requests = requests;
        n = requests.size();
        int slots = CapacityMargin.SLOTS;
        source = n + slots;
        sink = source + 1;
        graph = new MaxFlow(sink + 1);
        sourceEdge = new int[n];
        slotEdge = new int[n][slots];
        marginKwh = new double[slots];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            FairAllocation.Request r = requests.get(i);
            sourceEdge[i] = graph.edge(source, i, demand[i]);
            sum += demand[i];
            Arrays.fill(slotEdge[i], -1);
            for (int t = r.from(); t < r.to(); t++) {
                slotEdge[i][t] = graph.edge(i, n + t, (r.maxKw() - floorKw[i][t]) * FairAllocation.SLOT_HOURS);
            }
        }
        for (int t = 0; t < slots; t++) {
            marginKwh[t] = Math.max(0, marginKw[t]) * FairAllocation.SLOT_HOURS;
            graph.edge(n + t, sink, marginKwh[t]);
        }
        total = sum;
        flow = graph.run(source, sink);
    }

    boolean[] cutStations() {
        boolean[] side = graph.sourceSide(source);
        return Arrays.copyOf(side, n);
    }

    /** What the cut's stations can reach: power into slots outside the cut, plus the margins of slots inside. */
    double reachable(boolean[] cutStations) {
        boolean[] side = graph.sourceSide(source);
        double r = 0;
        for (int i = 0; i < n; i++) {
            if (!cutStations[i]) {
                continue;
            }
            FairAllocation.Request q = requests.get(i);
            for (int t = q.from(); t < q.to(); t++) {
                if (!side[n + t]) {
                    r += graph.capacity(slotEdge[i][t]);
                }
            }
        }
        for (int t = 0; t < CapacityMargin.SLOTS; t++) {
            if (side[n + t]) {
                r += marginKwh[t];
            }
        }
        return r;
    }

    boolean[] stationsReachingSink() {
        return Arrays.copyOf(graph.reachSink(sink), n);
    }

    double[][] schedule() {
        double[][] kw = new double[n][CapacityMargin.SLOTS];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < CapacityMargin.SLOTS; t++) {
                if (slotEdge[i][t] >= 0) {
                    kw[i][t] = graph.flow(slotEdge[i][t]) / FairAllocation.SLOT_HOURS;
                }
            }
        }
        return kw;
    }
}
