package org.parkchain.charging.control;

/**
 * The base-load forecast used when nothing was imported for a transformer and day and no profile was set for its day
 * type: a typical industrial-park shape as a share of the transformer's active-power limit. Workdays: 35 % at night,
 * rising from 07:00 to 70 % over working hours (08:00–17:00) with a dip at lunch, 55 % in the evening; weekends and
 * holidays: 30 % at night and 45 % by day.
 */
public final class DefaultBaseLoad {
    private DefaultBaseLoad() {
    }

    public static double[] profile(double activePowerLimitKw, boolean workday) {
        double[] kw = new double[CapacityMargin.SLOTS];
        for (int t = 0; t < CapacityMargin.SLOTS; t++) {
            kw[t] = Math.round(activePowerLimitKw * share(t, workday) * 10) / 10.0;
        }
        return kw;
    }

    static double share(int slot, boolean workday) {
        double hour = slot / 4.0;
        if (!workday) {
            return hour < 7 || hour >= 22 ? 0.30 : 0.45;
        }
        if (hour < 6 || hour >= 23) {
            return 0.35;
        }
        if (hour < 8) {
            return 0.35 + (hour - 6) / 2 * 0.35;
        }
        if (hour >= 12 && hour < 13) {
            return 0.60;
        }
        if (hour < 17) {
            return 0.70;
        }
        return 0.55;
    }
}
