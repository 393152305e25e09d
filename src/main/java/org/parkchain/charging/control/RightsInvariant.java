package org.parkchain.charging.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The safety invariant of charging rights, checked in this one place after every allocation (and every trade, from
 * stage 2 on): per transformer and slot the sum of the stations' rights is within the slot's capacity margin; every
 * station's right is at least 0, at most its maximum power, and 0 outside its window. A change that breaks it is
 * refused by the boundary and logged.
 */
public final class RightsInvariant {
    /** Rounding allowance, kW (rights are stored to 0.001 kW). */
    static final double TOLERANCE_KW = 1e-3;

    private RightsInvariant() {
    }

    /** One station's rights and what bounds them. */
    public record Holder(String code, double maxKw, int from, int to, double[] kw) {
    }

    /** Everything that breaks the invariant, in plain words for the log (empty when it holds). */
    public static List<String> violations(double[] marginKw, List<Holder> holders) {
        List<String> found = new ArrayList<>();
        for (int t = 0; t < CapacityMargin.SLOTS; t++) {
            double sum = 0;
            for (Holder h : holders) {
                double x = h.kw()[t];
                sum += x;
                if (x < -TOLERANCE_KW || x > h.maxKw() + TOLERANCE_KW) {
                    found.add(String.format(java.util.Locale.ROOT, "%s at %s: %.3f kW outside 0..%.3f kW", h.code(),
                            SlotTimes.label(t), x, h.maxKw()));
                }
                if ((t < h.from() || t >= h.to()) && Math.abs(x) > TOLERANCE_KW) {
                    found.add(String.format(java.util.Locale.ROOT, "%s at %s: %.3f kW outside its window %s-%s",
                            h.code(), SlotTimes.label(t), x, SlotTimes.label(h.from()), SlotTimes.label(h.to())));
                }
            }
            if (sum > Math.max(0, marginKw[t]) + TOLERANCE_KW * Math.max(1, holders.size())) {
                found.add(String.format(java.util.Locale.ROOT, "slot %s: rights %.3f kW above the margin %.3f kW",
                        SlotTimes.label(t), sum, marginKw[t]));
            }
        }
        return found;
    }
}
