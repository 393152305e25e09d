package org.parkchain.tariffs.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;
import org.parkchain.tariffs.boundary.CatalogTariffs;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.ScheduleText;
import org.parkchain.tariffs.control.TouPeriod;
import org.parkchain.tariffs.entity.TariffVersion;

/** The park admin's catalog tariff editor: seasons, their schedules and prices, holidays; every save a version. */
@Named("tariffView")
@ViewScoped
public class TariffView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CatalogTariffs tariffs;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleView localeView;

    private int granularity = 15;
    private String holidays;
    private final List<SeasonRow> seasons = new ArrayList<>();
    private transient List<TariffVersion> history;

    /** One editable season. */
    /** The period names the schedules accept, in the page's language. */
    public String getPeriodWords() {
        return ScheduleText.words(localeView.getLocale());
    }

    public static class SeasonRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private List<String> months = new ArrayList<>();
        private String workday;
        private String holiday;
        private final BigDecimal[] prices = new BigDecimal[4];

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public List<String> getMonths() {
            return months;
        }

        public void setMonths(List<String> months) {
            this.months = months;
        }

        public String getWorkday() {
            return workday;
        }

        public void setWorkday(String workday) {
            this.workday = workday;
        }

        public String getHoliday() {
            return holiday;
        }

        public void setHoliday(String holiday) {
            this.holiday = holiday;
        }

        public BigDecimal[] getPrices() {
            return prices;
        }
    }

    @PostConstruct
    void load() {
        seasons.clear();
        history = null;
        tariffs.current().ifPresentOrElse(t -> {
            CatalogTariff c = t.tariff();
            granularity = t.getGranularity();
            holidays = c.holidays().stream().sorted().map(LocalDate::toString).collect(Collectors.joining("\n"));
            for (CatalogTariff.Season s : c.seasons()) {
                SeasonRow row = new SeasonRow();
                row.code = s.code();
                row.months = s.months().stream().sorted().map(m -> Integer.toString(m.getValue())).collect(
                        Collectors.toCollection(ArrayList::new));
                row.workday = ScheduleText.format(s.workday(), localeView.getLocale());
                row.holiday = ScheduleText.format(s.holiday(), localeView.getLocale());
                s.prices().forEach((p, v) -> row.prices[p.ordinal()] = BigDecimal.valueOf(v));
                seasons.add(row);
            }
        }, this::addSeason);
    }

    public void addSeason() {
        SeasonRow row = new SeasonRow();
        row.code = "S" + (seasons.size() + 1);
        row.workday = "00:00-08:00 VALLEY\n08:00-24:00 FLAT";
        row.holiday = row.workday;
        seasons.add(row);
    }

    public void removeSeason(SeasonRow row) {
        seasons.remove(row);
    }

    public void save() {
        List<CatalogTariffs.SeasonInput> input = new ArrayList<>();
        for (SeasonRow row : seasons) {
            Set<Month> months = EnumSet.noneOf(Month.class);
            row.months.forEach(m -> months.add(Month.of(Integer.parseInt(m))));
            Map<TouPeriod, Double> prices = new EnumMap<>(TouPeriod.class);
            for (TouPeriod p : TouPeriod.values()) {
                if (row.prices[p.ordinal()] != null) {
                    prices.put(p, row.prices[p.ordinal()].doubleValue());
                }
            }
            input.add(new CatalogTariffs.SeasonInput(row.code, months, row.workday, row.holiday, prices));
        }
        try {
            TariffVersion v = tariffs.save(currentUser.name(), granularity, input, holidays);
            messages.info("tariff.saved", v.getId());
            load();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public List<TariffVersion> getHistory() {
        if (history == null) {
            history = tariffs.history();
        }
        return history;
    }

    public TouPeriod[] getPeriods() {
        return TouPeriod.values();
    }

    public List<SeasonRow> getSeasons() {
        return seasons;
    }

    public int getGranularity() {
        return granularity;
    }

    public void setGranularity(int granularity) {
        this.granularity = granularity;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }
}
