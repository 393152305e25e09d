package org.parkchain.charging.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weighted max-min fair allocation of a transformer's capacity margin among charging stations over a day (DOMAIN.md
 * §3): station {@code i} needs energy {@code E_i} within its window of slots at up to {@code P_i} kW; the allocation
 * makes the vector of served shares divided by the weights, sorted ascending, lexicographically maximal, subject to
 * each slot's margin and each station's power and window.
 *
 * <p>Exact method, progressive filling: raise a common level {@code λ}, every unfrozen station asking for the energy
 * share {@code min(a_i, w_i·λ)} (where {@code a_i} is the most it could take alone); the largest feasible level is found
 * by the discrete Newton method on the cuts of the stations-to-slots transportation network (a max-flow per step, each
 * violated cut giving the exact level at which it becomes tight); then the stations that cannot rise any further (no
 * residual path to the sink, or capped) are frozen, and the rest go on. Not yet in this class: guaranteed minimums
 * and the earliest-first tie-break among allocations with the same shares.
 */
public final class FairAllocation {
    static final double SLOT_HOURS = 0.25;
    private static final double TOL = 1e-9;

    private FairAllocation() {
    }

    /**
     * What a station asks for the day.
     *
     * @param from first slot of its window (0..95)
     * @param to   slot after its window's last (1..96)
     */
    public record Request(double energyKwh, double maxKw, int from, int to, double weight) {
        public Request {
            if (energyKwh < 0 || maxKw < 0 || from < 0 || to > CapacityMargin.SLOTS || from >= to || weight <= 0) {
                throw new IllegalArgumentException("energy and power >= 0, 0 <= from < to <= 96, weight > 0");
            }
        }

        boolean open(int slot) {
            return slot >= from && slot < to;
        }
    }

    /** kW per station and slot, and each station's served energy and share of its request. */
    public record Result(double[][] kw, double[] servedKwh, double[] share) {
        /** Jain's fairness index over the served shares: (Σ s)² / (n · Σ s²). */
        public double jain() {
            double sum = 0;
            double squares = 0;
            for (double s : share) {
                sum += s;
                squares += s * s;
            }
            return squares == 0 ? 1 : sum * sum / (share.length * squares);
        }
    }

    public static Result allocate(double[] marginKw, List<Request> requests) {
        int n = requests.size();
        double[] alone = new double[n];
        for (int i = 0; i < n; i++) {
            Request r = requests.get(i);
            double reach = r.maxKw() * SLOT_HOURS * (r.to() - r.from());
            alone[i] = r.energyKwh() == 0 ? 1 : Math.min(1, reach / r.energyKwh());
        }
        boolean[] frozen = new boolean[n];
        double[] fixed = new double[n];
        for (int i = 0; i < n; i++) {
            if (requests.get(i).energyKwh() == 0) {
                frozen[i] = true;
            }
        }
        while (!all(frozen)) {
            double lambda = 0;
            for (int i = 0; i < n; i++) {
                if (!frozen[i]) {
                    lambda = Math.max(lambda, alone[i] / requests.get(i).weight());
                }
            }
            Network net;
            boolean[] lastCut = null;
            for (int step = 0; ; step++) {
                double[] demand = demands(requests, alone, frozen, fixed, lambda);
                net = new Network(marginKw, requests, demand);
                if (net.flow >= net.total - TOL * Math.max(1, net.total)) {
                    break;
                }
                if (step > 4 * n + 8) {
                    throw new IllegalStateException("the level did not settle");
                }
                lastCut = net.cutStations();
                lambda = level(requests, alone, frozen, fixed, lastCut, net.reachable(lastCut));
            }
            boolean[] canRise = net.stationsReachingSink();
            boolean any = false;
            for (int i = 0; i < n; i++) {
                double w = requests.get(i).weight();
                if (!frozen[i] && (w * lambda >= alone[i] - TOL || !canRise[i])) {
                    frozen[i] = true;
                    fixed[i] = requests.get(i).energyKwh() * Math.min(alone[i], w * lambda);
                    any = true;
                }
            }
            if (!any) {
                for (int i = 0; i < n; i++) {
                    if (!frozen[i] && (lastCut == null || lastCut[i])) {
                        frozen[i] = true;
                        fixed[i] = requests.get(i).energyKwh() * Math.min(alone[i], requests.get(i).weight() * lambda);
                    }
                }
            }
        }
        Network last = new Network(marginKw, requests, fixed);
        double[] served = new double[n];
        double[] share = new double[n];
        double[][] kw = last.schedule();
        for (int i = 0; i < n; i++) {
            for (double v : kw[i]) {
                served[i] += v * SLOT_HOURS;
            }
            share[i] = requests.get(i).energyKwh() == 0 ? 1 : served[i] / requests.get(i).energyKwh();
        }
        return new Result(kw, served, share);
    }

    private static double[] demands(List<Request> requests, double[] alone, boolean[] frozen, double[] fixed,
                                     double lambda) {
        double[] d = new double[requests.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = frozen[i] ? fixed[i] : requests.get(i).energyKwh() * Math.min(alone[i],
                    requests.get(i).weight() * lambda);
        }
        return d;
    }

    /** The level at which the stations of a cut ask exactly what they can reach: solved on its linear pieces. */
    private static double level(List<Request> requests, double[] alone, boolean[] frozen, double[] fixed, boolean[] cut,
                                double reachable) {
        double target = reachable;
        List<Integer> rising = new ArrayList<>();
        for (int i = 0; i < cut.length; i++) {
            if (cut[i]) {
                if (frozen[i]) {
                    target -= fixed[i];
                } else {
                    rising.add(i);
                }
            }
        }
        // g(λ) = Σ E_i · min(a_i, w_i λ) over the cut's rising stations: breakpoints at a_i / w_i
        double[] points = rising.stream().mapToDouble(i -> alone[i] / requests.get(i).weight()).sorted().toArray();
        double lower = 0;
        for (double p : points) {
            if (g(requests, alone, rising, p) >= target) {
                break;
            }
            lower = p;
        }
        double a = 0;
        double b = 0;
        for (int i : rising) {
            Request r = requests.get(i);
            if (r.weight() * lower >= alone[i]) {
                a += r.energyKwh() * alone[i];
            } else {
                b += r.energyKwh() * r.weight();
            }
        }
        return b == 0 ? lower : Math.max(0, (target - a) / b);
    }

    private static double g(List<Request> requests, double[] alone, List<Integer> rising, double lambda) {
        double sum = 0;
        for (int i : rising) {
            sum += requests.get(i).energyKwh() * Math.min(alone[i], requests.get(i).weight() * lambda);
        }
        return sum;
    }

    private static boolean all(boolean[] b) {
        for (boolean x : b) {
            if (!x) {
                return false;
            }
        }
        return true;
    }

    /** The transportation network for given demands: source → stations → slots → sink, in kWh. */
    private static final class Network {
        final int n;
        final int source;
        final int sink;
        final MaxFlow graph;
        final int[] sourceEdge;
        final int[][] slotEdge;
        final double flow;
        final double total;
        final double[] marginKwh;
        final List<Request> requests;

        Network(double[] marginKw, List<Request> requests, double[] demand) {
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
                Request r = requests.get(i);
                sourceEdge[i] = graph.edge(source, i, demand[i]);
                sum += demand[i];
                Arrays.fill(slotEdge[i], -1);
                for (int t = r.from(); t < r.to(); t++) {
                    slotEdge[i][t] = graph.edge(i, n + t, r.maxKw() * SLOT_HOURS);
                }
            }
            for (int t = 0; t < slots; t++) {
                marginKwh[t] = Math.max(0, marginKw[t]) * SLOT_HOURS;
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
                Request q = requests.get(i);
                for (int t = q.from(); t < q.to(); t++) {
                    if (!side[n + t]) {
                        r += q.maxKw() * SLOT_HOURS;
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
                        kw[i][t] = graph.flow(slotEdge[i][t]) / SLOT_HOURS;
                    }
                }
            }
            return kw;
        }
    }
}
