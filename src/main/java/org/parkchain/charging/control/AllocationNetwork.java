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
    final int[] sinkEdge;
    double flow;
    double total;
    final double[] marginKwh;
    final List<FairAllocation.Request> requests;

    AllocationNetwork(double[] marginKw, List<FairAllocation.Request> requests, double[][] floorKw, double[] demand) {
        this(marginKw, requests, floorKw, demand, false);
    }

    /**
     * @param earliest open the slots to the sink one at a time, in time order, augmenting after each: augmenting paths
     *                 end on a sink edge and never take flow back from one, so every slot's total is then the most it
     *                 can carry given the earlier slots' totals, with the same flow in the end (the earliest-first
     *                 tie-break: the vector of slot totals is lexicographically maximal)
     */
    AllocationNetwork(double[] marginKw, List<FairAllocation.Request> requests, double[][] floorKw, double[] demand,
                      boolean earliest) {
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
        // stations in order of departure (then arrival, then index): a slot's entries list them in this order, so the
        // earliest-first pass serves, within a slot, the stations that must leave sooner first
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> requests.get(i).to())
                .thenComparingInt(i -> requests.get(i).from()).thenComparingInt(i -> i));
        for (int i : order) {
            FairAllocation.Request r = requests.get(i);
            sourceEdge[i] = graph.edge(source, i, demand[i]);
            sum += demand[i];
            Arrays.fill(slotEdge[i], -1);
            for (int t = r.from(); t < r.to(); t++) {
                slotEdge[i][t] = graph.edge(i, n + t, (r.maxKw() - floorKw[i][t]) * FairAllocation.SLOT_HOURS);
            }
        }
        sinkEdge = new int[slots];
        for (int t = 0; t < slots; t++) {
            marginKwh[t] = Math.max(0, marginKw[t]) * FairAllocation.SLOT_HOURS;
            sinkEdge[t] = graph.edge(n + t, sink, earliest ? 0 : marginKwh[t]);
        }
        total = sum;
        double f = 0;
        if (earliest) {
            boolean[] open = new boolean[slots];
            for (FairAllocation.Request r : requests) {
                Arrays.fill(open, r.from(), r.to(), true);
            }
            for (int t = 0; t < slots; t++) {
                if (open[t] && marginKwh[t] > MaxFlow.EPS) {
                    graph.raise(sinkEdge[t], marginKwh[t]);
                    f = graph.fillThrough(source, n + t, sinkEdge[t]) + f;
                }
            }
        } else {
            f = graph.run(source, sink);
        }
        flow = f;
    }

    /**
     * Changes the stations' demands, keeping the flow found so far where it still fits (a station asked for less gives
     * back flow from its latest slots first), and augments to a maximum flow again: the next level's check costs a few
     * augmenting phases instead of a new network.
     */
    void demand(double[] demand) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double over = graph.flow(sourceEdge[i]) - demand[i];
            FairAllocation.Request r = requests.get(i);
            for (int t = r.to() - 1; t >= r.from() && over > MaxFlow.EPS; t--) {
                double take = Math.min(over, graph.flow(slotEdge[i][t]));
                if (take > 0) {
                    graph.unpush(slotEdge[i][t], take);
                    graph.unpush(sinkEdge[t], take);
                    graph.unpush(sourceEdge[i], take);
                    over -= take;
                }
            }
            graph.raise(sourceEdge[i], demand[i]);
            sum += demand[i];
        }
        total = sum;
        side = null;
        double f = 0;
        graph.run(source, sink);
        for (int i = 0; i < n; i++) {
            f += graph.flow(sourceEdge[i]);
        }
        flow = f;
    }

    private boolean[] side;

    /** The source side of the minimum cut of the current flow (computed once per flow). */
    private boolean[] side() {
        if (side == null) {
            side = graph.sourceSide(source);
        }
        return side;
    }

    boolean[] cutStations() {
        boolean[] side = side();
        return Arrays.copyOf(side, n);
    }

    /** What the cut's stations can reach: power into slots outside the cut, plus the margins of slots inside. */
    double reachable(boolean[] cutStations) {
        boolean[] side = side();
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
