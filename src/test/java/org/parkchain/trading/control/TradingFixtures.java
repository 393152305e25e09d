package org.parkchain.trading.control;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;

/** Terms and a catalog tariff small enough to work settlements out by hand. */
final class TradingFixtures {
    static final long SELLER = 7;
    static final long BUYER = 9;

    private TradingFixtures() {
    }

    /** One season: workdays all FLAT except 08:00–12:00 PEAK; weekends and holidays all VALLEY. */
    static CatalogTariff tariff(LocalDate... holidays) {
        TouPeriod[] workday = new TouPeriod[24];
        Arrays.fill(workday, TouPeriod.FLAT);
        Arrays.fill(workday, 8, 12, TouPeriod.PEAK);
        TouPeriod[] holiday = new TouPeriod[24];
        Arrays.fill(holiday, TouPeriod.VALLEY);
        Map<TouPeriod, Double> prices = new EnumMap<>(TouPeriod.class);
        prices.put(TouPeriod.PEAK, 1.0);
        prices.put(TouPeriod.FLAT, 0.6);
        prices.put(TouPeriod.VALLEY, 0.3);
        return new CatalogTariff(List.of(new CatalogTariff.Season("ALL", EnumSet.allOf(Month.class), workday, holiday,
                prices)), Set.of(holidays));
    }

    static double[] hourly(double kw) {
        double[] v = new double[24];
        Arrays.fill(v, kw);
        return v;
    }

    static ContractTerms terms(LocalDate start, LocalDate end, double weekday, double weekend, double holiday) {
        Map<DayType, double[]> profile = new EnumMap<>(DayType.class);
        profile.put(DayType.WEEKDAY, hourly(weekday));
        profile.put(DayType.WEEKEND, hourly(weekend));
        profile.put(DayType.HOLIDAY, hourly(holiday));
        return new ContractTerms(SELLER, BUYER, start, end, profile, PriceKind.TIME_OF_USE, 0,
                new double[] {0.9, 0.7, 0.5, 0.3}, 0.1, 0.2, 0.1, 15);
    }
}
