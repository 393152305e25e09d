package org.parkchain.tariffs.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * The stored form of a catalog tariff version: canonical JSON with its seasons (months, period prices as decimal
 * strings, workday and holiday schedules written as on a tariff notice) and holidays, so one tariff has one spelling
 * and one hash on the ledger.
 */
public final class TariffJson {
    private TariffJson() {
    }

    /** The tariff with the granularity its schedules were given in. */
    public static JsonObject write(CatalogTariff tariff, int granularity) {
        JsonArrayBuilder seasons = CanonicalJson.JSON.createArrayBuilder();
        for (CatalogTariff.Season s : tariff.seasons()) {
            JsonArrayBuilder months = CanonicalJson.JSON.createArrayBuilder();
            new TreeSet<>(s.months()).forEach(m -> months.add(m.getValue()));
            JsonObjectBuilder prices = CanonicalJson.JSON.createObjectBuilder();
            s.prices().forEach((p, v) -> prices.add(p.name(), CanonicalJson.decimal(v)));
            seasons.add(CanonicalJson.JSON.createObjectBuilder().add("code", s.code()).add("months", months)
                    .add("prices", prices).add("workday", ScheduleText.format(s.workday()))
                    .add("holiday", ScheduleText.format(s.holiday())));
        }
        JsonArrayBuilder holidays = CanonicalJson.JSON.createArrayBuilder();
        new TreeSet<>(tariff.holidays()).forEach(d -> holidays.add(d.toString()));
        return CanonicalJson.JSON.createObjectBuilder().add("granularity", granularity).add("seasons", seasons)
                .add("holidays", holidays).build();
    }

    public static CatalogTariff read(JsonObject o) {
        int granularity = o.getInt("granularity");
        List<CatalogTariff.Season> seasons = new ArrayList<>();
        for (JsonObject s : o.getJsonArray("seasons").getValuesAs(JsonObject.class)) {
            Set<Month> months = EnumSet.noneOf(Month.class);
            s.getJsonArray("months").getValuesAs(jakarta.json.JsonNumber.class).forEach(n -> months.add(
                    Month.of(n.intValue())));
            Map<TouPeriod, Double> prices = new EnumMap<>(TouPeriod.class);
            s.getJsonObject("prices").forEach((k, v) -> prices.put(TouPeriod.valueOf(k),
                    Double.parseDouble(((JsonString) v).getString())));
            seasons.add(new CatalogTariff.Season(s.getString("code"), months,
                    ScheduleText.parse(s.getString("workday"), granularity).slots(),
                    ScheduleText.parse(s.getString("holiday"), granularity).slots(), prices));
        }
        Set<LocalDate> holidays = new TreeSet<>();
        o.getJsonArray("holidays").getValuesAs(JsonString.class).forEach(d -> holidays.add(LocalDate.parse(
                d.getString())));
        return new CatalogTariff(seasons, holidays);
    }
}
