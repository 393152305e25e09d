package org.parkchain.charging.control;

/**
 * The transformer's capacity margin for charging in each 15-minute slot (DOMAIN.md §3):
 * {@code C_t = S_rated · cos φ − P_base,t − reserve}, never negative.
 */
public final class CapacityMargin {
    public static final int SLOTS = 96;

    private CapacityMargin() {
    }

    /**
     * @param activePowerLimitKw {@code S_rated · cos φ}, kW
     * @param baseLoadKw         the base-load forecast per slot, kW (96 values)
     * @param reserveKw          the safety reserve, kW
     */
    public static double[] of(double activePowerLimitKw, double[] baseLoadKw, double reserveKw) {
        if (baseLoadKw.length != SLOTS) {
            throw new IllegalArgumentException("a day has 96 slots, not " + baseLoadKw.length);
        }
        double[] margin = new double[SLOTS];
        for (int t = 0; t < SLOTS; t++) {
            margin[t] = Math.max(0, activePowerLimitKw - baseLoadKw[t] - reserveKw);
        }
        return margin;
    }
}
