package org.parkchain.charging.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Slots of a day as park times: slot {@code t} starts at {@code t × 15} minutes after midnight. */
public final class SlotTimes {
    private SlotTimes() {
    }

    /** "HH:mm" of a slot's start; slot 96 is the day's end, "24:00". */
    public static String label(int slot) {
        return String.format(Locale.ROOT, "%02d:%02d", slot / 4, slot % 4 * 15);
    }

    /** A kW figure as written in files: at most three decimals, no trailing zeros. */
    public static String figure(double kw) {
        return BigDecimal.valueOf(kw).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** The slot starting at "HH:mm" ("24:00" is 96), or -1 when it is not a quarter hour of the day. */
    public static int parse(String hhmm) {
        if (hhmm == null || !hhmm.strip().matches("\\d{1,2}:\\d{2}")) {
            return -1;
        }
        String[] p = hhmm.strip().split(":");
        int h = Integer.parseInt(p[0]);
        int m = Integer.parseInt(p[1]);
        if (m % 15 != 0 || m > 45 || h > 24 || h == 24 && m != 0) {
            return -1;
        }
        return h * 4 + m / 15;
    }
}
