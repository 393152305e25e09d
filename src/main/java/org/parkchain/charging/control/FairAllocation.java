package org.parkchain.charging.control;

import java.util.Arrays;
import java.util.List;

/**
 * Weighted max-min fair allocation of a transformer's capacity margin among charging stations over a day (DOMAIN.md
 * §3): station {@code i} needs energy {@code E_i} within its window of slots at up to {@code P_i} kW; the allocation
 * makes the vector of served shares divided by the weights, sorted ascending, lexicographically maximal, subject to
 * each slot's margin and each station's power and window.
 *
 * <p>Exact method, progressive filling: raise a common level {@code λ}, every unfrozen station asking for the energy
 * share {@code min(a_i, w_i·λ)} (where {@code a_i} is the most it could take alone). Each round first tries the next
 * cap (the lowest {@code a_i / w_i} of the unfrozen stations): if it is feasible, those stations freeze there; if not,
 * the largest feasible level below it is found by the discrete Newton method on the cuts of the stations-to-slots
 * transportation network (a max-flow per step, each violated cut giving the exact level at which it becomes tight;
 * one network for the whole allocation, its flow kept from step to step). Then the stations that cannot rise any
 * further (no residual path to the sink, or capped) are frozen, and the rest go on. Minimums are admitted per slot first
 * ({@link #admitMinimums}: all when they fit, else least laxity first) and held as floors; the levels count them.
 * Among the schedules that give every station its energy, the earliest-first one is taken (deterministic tie-break):
 * the slots are opened to the sink in time order, so each slot carries the most it can given the earlier ones, and
 * within a slot the stations that must leave sooner are served first.
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
    public record Request(double energyKwh, double minKw, double maxKw, int from, int to, double weight) {
        public Request {
            if (energyKwh < 0 || minKw < 0 || minKw > maxKw || from < 0 || to > CapacityMargin.SLOTS || from >= to
                    || weight <= 0 || minKw * SLOT_HOURS * (to - from) > energyKwh + TOL) {
                throw new IllegalArgumentException("0 <= min <= max power, 0 <= from < to <= 96, weight > 0, and the"
                        + " minimum over the whole window at most the energy");
            }
        }

        /** A request without a guaranteed minimum. */
        public Request(double energyKwh, double maxKw, int from, int to, double weight) {
            this(energyKwh, 0, maxKw, from, to, weight);
        }

        /** LAX = window hours − E / P_max: how long the station could wait and still get its energy. */
        public double laxityHours() {
            return (to - from) * SLOT_HOURS - (maxKw == 0 ? 0 : energyKwh / maxKw);
        }

        boolean open(int slot) {
            return slot >= from && slot < to;
        }
    }

    /**
     * kW per station and slot, each station's served energy and share of its request, and the slots where a station's
     * minimum was not admitted because the minimums exceeded the margin ({@code notAdmitted[i][t]}).
     */
    public record Result(double[][] kw, double[] servedKwh, double[] share, boolean[][] notAdmitted) {
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
        boolean[][] admitted = admitMinimums(marginKw, requests);
        double[][] floorKw = new double[n][CapacityMargin.SLOTS];
        double[] residual = marginKw.clone();
        double[] floorKwh = new double[n];
        double[] alone = new double[n];
        for (int i = 0; i < n; i++) {
            Request r = requests.get(i);
            double reach = 0;
            for (int t = r.from(); t < r.to(); t++) {
                if (admitted[i][t]) {
                    floorKw[i][t] = r.minKw();
                    residual[t] -= r.minKw();
                    floorKwh[i] += r.minKw() * SLOT_HOURS;
                }
                reach += r.maxKw() * SLOT_HOURS;
            }
            alone[i] = r.energyKwh() == 0 ? 1 : Math.min(1, reach / r.energyKwh());
        }
        AllocationLevels levels = new AllocationLevels(requests, alone, floorKwh);
        boolean[] frozen = new boolean[n];
        double[] fixed = new double[n];
        for (int i = 0; i < n; i++) {
            frozen[i] = requests.get(i).energyKwh() == 0;
        }
        AllocationNetwork net = null;
        while (!all(frozen)) {
            // the next cap (the lowest level at which an unfrozen station asks all it can reach alone): when it is
            // feasible, those stations freeze there in one flow; otherwise the level lies below it
            double lambda = Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (!frozen[i]) {
                    lambda = Math.min(lambda, alone[i] / requests.get(i).weight());
                }
            }
            boolean[] lastCut = null;
            for (int step = 0; ; step++) {
                double[] demand = levels.extra(frozen, fixed, lambda);
                if (net == null) {
                    net = new AllocationNetwork(residual, requests, floorKw, demand);
                } else {
                    net.demand(demand);
                }
                if (net.flow >= net.total - TOL * Math.max(1, net.total)) {
                    break;
                }
                if (step > 4 * n + 8) {
                    throw new IllegalStateException("the level did not settle");
                }
                lastCut = net.cutStations();
                lambda = levels.solve(frozen, fixed, lastCut, net.reachable(lastCut), lambda);
            }
            boolean[] canRise = net.stationsReachingSink();
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if (!frozen[i] && (requests.get(i).weight() * lambda >= alone[i] - TOL || !canRise[i])) {
                    frozen[i] = true;
                    fixed[i] = levels.extra(i, lambda);
                    any = true;
                }
            }
            if (!any) {
                for (int i = 0; i < n; i++) {
                    if (!frozen[i] && (lastCut == null || lastCut[i])) {
                        frozen[i] = true;
                        fixed[i] = levels.extra(i, lambda);
                    }
                }
            }
        }
        double[][] kw = new AllocationNetwork(residual, requests, floorKw, fixed, true).schedule();
        double[] served = new double[n];
        double[] share = new double[n];
        boolean[][] notAdmitted = new boolean[n][CapacityMargin.SLOTS];
        for (int i = 0; i < n; i++) {
            Request r = requests.get(i);
            for (int t = 0; t < CapacityMargin.SLOTS; t++) {
                kw[i][t] += floorKw[i][t];
                served[i] += kw[i][t] * SLOT_HOURS;
                notAdmitted[i][t] = r.minKw() > 0 && r.open(t) && !admitted[i][t];
            }
            share[i] = r.energyKwh() == 0 ? 1 : served[i] / r.energyKwh();
        }
        return new Result(kw, served, share, notAdmitted);
    }

    /**
     * Which minimums each slot guarantees: all of them when they fit its margin; otherwise least laxity first (then
     * the lower station index), as many as fit.
     */
    public static boolean[][] admitMinimums(double[] marginKw, List<Request> requests) {
        int n = requests.size();
        boolean[][] admitted = new boolean[n][CapacityMargin.SLOTS];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, java.util.Comparator.comparingDouble((Integer i) -> requests.get(i).laxityHours())
                .thenComparingInt(i -> i));
        for (int t = 0; t < CapacityMargin.SLOTS; t++) {
            double left = Math.max(0, marginKw[t]);
            for (int i : order) {
                Request r = requests.get(i);
                if (r.open(t) && r.minKw() > 0 && r.minKw() <= left + TOL) {
                    admitted[i][t] = true;
                    left -= r.minKw();
                }
            }
        }
        return admitted;
    }

    private static boolean all(boolean[] b) {
        for (boolean x : b) {
            if (!x) {
                return false;
            }
        }
        return true;
    }
}
