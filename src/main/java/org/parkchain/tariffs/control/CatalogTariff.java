package org.parkchain.tariffs.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regulated catalog tariff the park admin maintains: seasons (sets of months), each with a time-of-use schedule
 * for workdays and one for weekends and holidays, and a price per period. Schedules have 96 quarter-hour slots; an
 * hourly schedule is given as 24 slots and expanded. A time belongs to the slot its quarter hour starts in.
 */
public final class CatalogTariff {
    public static final int SLOT_MINUTES = 15;
    public static final int SLOTS_PER_DAY = 24 * 60 / SLOT_MINUTES;

    /**
     * @param workday per-slot periods for Monday to Friday (96 quarter hours, or 24 hours)
     * @param holiday per-slot periods for weekends and holidays (96 or 24)
     * @param prices  yuan per kWh for each period used by the schedules
     */
    public record Season(String code, Set<Month> months, TouPeriod[] workday, TouPeriod[] holiday,
                         Map<TouPeriod, Double> prices) {
        public Season {
            workday = quarterHours(workday);
            holiday = quarterHours(holiday);
            prices = new EnumMap<>(prices);
            for (TouPeriod[] schedule : List.of(workday, holiday)) {
                for (TouPeriod p : schedule) {
                    if (!prices.containsKey(p)) {
                        throw new IllegalArgumentException("season " + code + " has no price for " + p);
                    }
                }
            }
        }
    }

    private final Season[] byMonth = new Season[12];
    private final double[][] priceByMonth = new double[12][TouPeriod.ALL.length];
    private final Set<LocalDate> holidays;
    private final List<Season> seasons;

    public CatalogTariff(List<Season> seasons, Set<LocalDate> holidays) {
        this.seasons = List.copyOf(seasons);
        this.holidays = Set.copyOf(holidays);
        for (Season s : seasons) {
            for (Month m : s.months()) {
                if (byMonth[m.ordinal()] != null) {
                    throw new IllegalArgumentException(m + " is in two seasons");
                }
                byMonth[m.ordinal()] = s;
                for (Map.Entry<TouPeriod, Double> e : s.prices().entrySet()) {
                    priceByMonth[m.ordinal()][e.getKey().ordinal()] = e.getValue();
                }
            }
        }
        for (Month m : Month.values()) {
            if (byMonth[m.ordinal()] == null) {
                throw new IllegalArgumentException(m + " is in no season");
            }
        }
    }

    public List<Season> seasons() {
        return seasons;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public Season season(Month month) {
        return byMonth[month.ordinal()];
    }

    /** The period of the quarter hour that starts at or contains {@code time}. */
    public TouPeriod period(LocalDateTime time) {
        return schedule(time.toLocalDate())[(time.getHour() * 60 + time.getMinute()) / SLOT_MINUTES];
    }

    /** The day's 96 quarter-hour periods (its season's workday or holiday schedule; do not modify). */
    public TouPeriod[] schedule(LocalDate day) {
        Season s = byMonth[day.getMonthValue() - 1];
        return holiday(day) ? s.holiday() : s.workday();
    }

    public boolean holiday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays.contains(day);
    }

    /** Catalog price in yuan per kWh for a period in a month (0 when the month's season does not use the period). */
    public double price(Month month, TouPeriod period) {
        return priceByMonth[month.ordinal()][period.ordinal()];
    }

    static TouPeriod[] quarterHours(TouPeriod[] schedule) {
        if (schedule.length == SLOTS_PER_DAY) {
            return schedule.clone();
        }
        if (schedule.length != 24) {
            throw new IllegalArgumentException("a schedule has 96 quarter hours or 24 hours, not " + schedule.length);
        }
        TouPeriod[] expanded = new TouPeriod[SLOTS_PER_DAY];
        for (int i = 0; i < SLOTS_PER_DAY; i++) {
            expanded[i] = schedule[i / 4];
        }
        return expanded;
    }
}
