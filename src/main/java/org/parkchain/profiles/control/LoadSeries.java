package org.parkchain.profiles.control;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Interval energy readings of one user in park local time: {@code kWh[i]} was used in the interval that starts at
 * {@code start + i × stepMinutes}. Steps are 15 or 60 minutes and intervals start on a step boundary.
 */
public record LoadSeries(LocalDateTime start, int stepMinutes, double[] kWh) {
    public LoadSeries {
        if (stepMinutes != 15 && stepMinutes != 60) {
            throw new IllegalArgumentException("readings are 15-minute or hourly, not " + stepMinutes + " minutes");
        }
        if ((start.getHour() * 60 + start.getMinute()) % stepMinutes != 0 || start.getSecond() != 0
                || start.getNano() != 0) {
            throw new IllegalArgumentException("the first reading must start on a " + stepMinutes + "-minute boundary");
        }
        kWh = kWh.clone();
    }

    public LocalDateTime time(int i) {
        return start.plusMinutes((long) i * stepMinutes);
    }

    public int size() {
        return kWh.length;
    }

    public double total() {
        double sum = 0;
        for (double v : kWh) {
            sum += v;
        }
        return sum;
    }

    /** The instant after the last interval. */
    public LocalDateTime end() {
        return start.plus((long) kWh.length * stepMinutes, ChronoUnit.MINUTES);
    }
}
