package org.parkchain.profiles.control;

import java.time.LocalDateTime;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * Sums interval readings of one meter into energy per time-of-use period of the catalog tariff, spreading a reading
 * over the quarter hours of its interval as {@link UsageProfile} does, so bills and recommendations agree.
 */
public final class PeriodEnergy {
    private final CatalogTariff tariff;
    private final double[] kWh = new double[TouPeriod.ALL.length];

    public PeriodEnergy(CatalogTariff tariff) {
        this.tariff = tariff;
    }

    public void add(LocalDateTime start, int stepMinutes, double energy) {
        int quarters = stepMinutes / CatalogTariff.SLOT_MINUTES;
        for (int q = 0; q < quarters; q++) {
            kWh[tariff.period(start.plusMinutes((long) q * CatalogTariff.SLOT_MINUTES)).ordinal()] += energy / quarters;
        }
    }

    public double[] kWh() {
        return kWh.clone();
    }

    public double total() {
        double sum = 0;
        for (double v : kWh) {
            sum += v;
        }
        return sum;
    }
}
