package org.parkchain.charging.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a station received what it did, in plain words (message keys and their arguments; the page and the report put
 * them into the reader's language): its window, power and weight; whether it got all it asked; the slots of its
 * window where the transformer was the bottleneck (its whole margin given out while the station could have taken
 * more); and the slots where its guaranteed minimum was not admitted.
 */
public final class AllocationExplanation {
    /** Rights are stored rounded down to 0.001 kW per station, so a slot counts as full within 0.01 kW. */
    private static final double TOL = 1e-2;

    private AllocationExplanation() {
    }

    /** One sentence: a message key under {@code charging.explain.} and its arguments. */
    public record Line(String key, Object... args) {
    }

    public static List<Line> explain(FairAllocation.Request r, double[] kw, boolean[] notAdmitted, double[] marginKw,
                                     double[] totalKw) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("charging.explain.window", SlotTimes.label(r.from()), SlotTimes.label(r.to()),
                (r.to() - r.from()) * FairAllocation.SLOT_HOURS, r.maxKw(), (int) r.weight()));
        double served = 0;
        for (double x : kw) {
            served += x * FairAllocation.SLOT_HOURS;
        }
        boolean[] bottleneck = new boolean[CapacityMargin.SLOTS];
        int count = 0;
        for (int t = r.from(); t < r.to(); t++) {
            if (totalKw[t] >= marginKw[t] - TOL && kw[t] < r.maxKw() - TOL) {
                bottleneck[t] = true;
                count++;
            }
        }
        if (served >= r.energyKwh() - 1e-3) {
            lines.add(new Line("charging.explain.full", round(r.energyKwh())));
        } else if (count == 0) {
            lines.add(new Line("charging.explain.limited", round(served), round(r.energyKwh()),
                    Math.round(served / r.energyKwh() * 1000) / 10.0));
        } else {
            lines.add(new Line("charging.explain.shared", round(served), round(r.energyKwh()),
                    Math.round(served / r.energyKwh() * 1000) / 10.0, count, ranges(bottleneck), (int) r.weight()));
        }
        int missed = 0;
        for (boolean b : notAdmitted) {
            missed += b ? 1 : 0;
        }
        if (missed > 0) {
            lines.add(new Line("charging.explain.minimumNotAdmitted", r.minKw(), missed, ranges(notAdmitted),
                    Math.round(r.laxityHours() * 100) / 100.0));
        }
        return lines;
    }

    /** Marked slots as time ranges: "17:00–19:30, 20:15–21:00". */
    public static String ranges(boolean[] marked) {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < marked.length; t++) {
            if (marked[t]) {
                int start = t;
                while (t + 1 < marked.length && marked[t + 1]) {
                    t++;
                }
                out.add(SlotTimes.label(start) + "–" + SlotTimes.label(t + 1));
            }
        }
        return String.join(", ", out);
    }

    private static double round(double kwh) {
        return Math.round(kwh * 10) / 10.0;
    }
}
